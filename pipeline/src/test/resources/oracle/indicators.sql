-- indicators.

-- The periods of the indicators: the periods considered, plus a derived year per plan whose
-- calendar has H1 and H2 but no year (when both halves are considered; it uses H2's tree).
CREATE TABLE ind_periods AS
SELECT p.ke_hoach, p.ky_bao_cao, p.nam, p.loai_ky, p.so, p.ngay_chot,
    CAST(NULL AS VARCHAR) AS nguon_h1, CAST(NULL AS VARCHAR) AS nguon_h2
FROM per p
UNION ALL
SELECT h2.ke_hoach, CAST(h2.nam AS VARCHAR), h2.nam, 'YEAR', 0, h2.ngay_chot, h1.ky_bao_cao, h2.ky_bao_cao
FROM per h1
JOIN per h2 ON h2.ke_hoach = h1.ke_hoach AND h2.nam = h1.nam AND h1.loai_ky = 'H1' AND h2.loai_ky = 'H2'
JOIN plans pl ON pl.ke_hoach = h1.ke_hoach
WHERE NOT pl.co_nam;

CREATE TABLE ind_expected AS
SELECT ip.ke_hoach, ip.ky_bao_cao, e.ma_don_vi
FROM ind_periods ip JOIN expected e ON e.ke_hoach = ip.ke_hoach AND e.ky_bao_cao = coalesce(ip.nguon_h2, ip.ky_bao_cao);

-- (P, p, indicator): the indicators P carries in p's year.
CREATE TABLE ind_defs AS
SELECT ip.*, i.ma_chi_tieu, i.ma_phong_trao, i.tong_hop, i.theo_thoi_gian, i.tu_so, i.mau_so,
    i.muc_tieu_tuyet_doi, i.muc_tieu_don_vi
FROM ind_periods ip
JOIN plan_indicators pi ON pi.ke_hoach = ip.ke_hoach AND pi.nam = ip.nam
JOIN indicators i ON i.ma_chi_tieu = pi.ma_chi_tieu;

CREATE TABLE ind_content AS
SELECT ke_hoach, ky_bao_cao, ma_don_vi, ma_muc, gia_tri FROM content WHERE loai_muc = 'chi_tieu';

-- Raw figures of each reporting unit in real periods: the value, or numerator and denominator.
CREATE TABLE own_real AS
SELECT d.ke_hoach, d.ky_bao_cao, r.ma_don_vi, d.ma_chi_tieu,
    CASE WHEN d.tong_hop = 'SHARE' THEN NULL ELSE v.gia_tri END AS v, n.gia_tri AS tu, m.gia_tri AS mau
FROM ind_defs d
JOIN reporting r ON r.ke_hoach = d.ke_hoach AND r.ky_bao_cao = d.ky_bao_cao AND r.ma_lan_nop_cuoi IS NOT NULL
LEFT JOIN ind_content v ON v.ke_hoach = r.ke_hoach AND v.ky_bao_cao = r.ky_bao_cao AND v.ma_don_vi = r.ma_don_vi
    AND v.ma_muc = d.ma_chi_tieu
LEFT JOIN ind_content n ON n.ke_hoach = r.ke_hoach AND n.ky_bao_cao = r.ky_bao_cao AND n.ma_don_vi = r.ma_don_vi
    AND n.ma_muc = d.tu_so
LEFT JOIN ind_content m ON m.ke_hoach = r.ke_hoach AND m.ky_bao_cao = r.ky_bao_cao AND m.ma_don_vi = r.ma_don_vi
    AND m.ma_muc = d.mau_so
WHERE d.nguon_h2 IS NULL;

-- Derived years: the rule over time on the H1 and H2 figures, only when both exist.
CREATE TABLE own_derived AS
SELECT d.ke_hoach, d.ky_bao_cao, a.ma_don_vi, d.ma_chi_tieu,
    CASE WHEN a.v IS NULL OR b.v IS NULL THEN NULL
         WHEN d.theo_thoi_gian = 'SUM' THEN a.v + b.v ELSE b.v END AS v,
    CASE WHEN a.tu IS NULL OR a.mau IS NULL OR b.tu IS NULL OR b.mau IS NULL THEN NULL
         WHEN d.theo_thoi_gian = 'SUM' THEN a.tu + b.tu ELSE b.tu END AS tu,
    CASE WHEN a.tu IS NULL OR a.mau IS NULL OR b.tu IS NULL OR b.mau IS NULL THEN NULL
         WHEN d.theo_thoi_gian = 'SUM' THEN a.mau + b.mau ELSE b.mau END AS mau
FROM ind_defs d
JOIN own_real a ON a.ke_hoach = d.ke_hoach AND a.ky_bao_cao = d.nguon_h1 AND a.ma_chi_tieu = d.ma_chi_tieu
JOIN own_real b ON b.ke_hoach = d.ke_hoach AND b.ky_bao_cao = d.nguon_h2 AND b.ma_chi_tieu = d.ma_chi_tieu
    AND b.ma_don_vi = a.ma_don_vi
WHERE d.nguon_h2 IS NOT NULL;

-- Own value and whether the unit has data.
CREATE TABLE own AS
SELECT o.ke_hoach, o.ky_bao_cao, o.ma_don_vi, o.ma_chi_tieu, o.tu, o.mau,
    CASE WHEN d.tong_hop <> 'SHARE' THEN o.v
         WHEN o.tu IS NOT NULL AND o.mau > 0 THEN 100 * o.tu / o.mau END AS gia_tri,
    CASE WHEN d.tong_hop <> 'SHARE' THEN o.v IS NOT NULL
         ELSE o.tu IS NOT NULL AND o.mau IS NOT NULL END AS co_so_lieu
FROM (SELECT * FROM own_real UNION ALL SELECT * FROM own_derived) o
JOIN ind_defs d ON d.ke_hoach = o.ke_hoach AND d.ky_bao_cao = o.ky_bao_cao AND d.ma_chi_tieu = o.ma_chi_tieu;

-- Rows: every unit of the rule root's subtree, and every other unit with an own value.
CREATE TABLE ind_units AS
SELECT d.ke_hoach, d.ky_bao_cao, d.ma_chi_tieu, c.duoi AS ma_don_vi
FROM ind_defs d
JOIN plans pl ON pl.ke_hoach = d.ke_hoach
JOIN closure c ON c.ngay_chot = d.ngay_chot AND c.tren = pl.goc
UNION
SELECT ke_hoach, ky_bao_cao, ma_chi_tieu, ma_don_vi FROM own WHERE gia_tri IS NOT NULL;

-- Members of each row's subtree with their figures, expectation and whether the target's kinds name them.
CREATE TABLE ind_members AS
SELECT u.ke_hoach, u.ky_bao_cao, u.ma_chi_tieu, u.ma_don_vi, coalesce(c.duoi, u.ma_don_vi) AS thanh_vien
FROM ind_units u
JOIN ind_defs d ON d.ke_hoach = u.ke_hoach AND d.ky_bao_cao = u.ky_bao_cao AND d.ma_chi_tieu = u.ma_chi_tieu
LEFT JOIN closure c ON c.ngay_chot = d.ngay_chot AND c.tren = u.ma_don_vi;

CREATE TABLE ind_roll AS
SELECT m.ke_hoach, m.ky_bao_cao, m.ma_chi_tieu, m.ma_don_vi,
    count(*) FILTER (WHERE o.co_so_lieu) AS co_so_lieu,
    sum(o.gia_tri) FILTER (WHERE o.co_so_lieu) AS tong,
    avg(o.gia_tri) FILTER (WHERE o.co_so_lieu) AS trung_binh,
    sum(o.tu) FILTER (WHERE o.co_so_lieu) AS tong_tu,
    sum(o.mau) FILTER (WHERE o.co_so_lieu) AS tong_mau,
    count(*) FILTER (WHERE e.ma_don_vi IS NOT NULL) AS ky_vong,
    count(*) FILTER (WHERE e.ma_don_vi IS NOT NULL AND k.loai IS NOT NULL) AS ap_dung,
    count(*) FILTER (WHERE e.ma_don_vi IS NOT NULL AND k.loai IS NOT NULL AND o.gia_tri >= d.muc_tieu_don_vi) AS dat
FROM ind_members m
JOIN ind_defs d ON d.ke_hoach = m.ke_hoach AND d.ky_bao_cao = m.ky_bao_cao AND d.ma_chi_tieu = m.ma_chi_tieu
LEFT JOIN own o ON o.ke_hoach = m.ke_hoach AND o.ky_bao_cao = m.ky_bao_cao AND o.ma_chi_tieu = m.ma_chi_tieu
    AND o.ma_don_vi = m.thanh_vien
LEFT JOIN ind_expected e ON e.ke_hoach = m.ke_hoach AND e.ky_bao_cao = m.ky_bao_cao AND e.ma_don_vi = m.thanh_vien
LEFT JOIN tree t ON t.ngay_chot = d.ngay_chot AND t.ma_don_vi = m.thanh_vien
LEFT JOIN (SELECT DISTINCT ma_chi_tieu, loai FROM target_kinds) k ON k.ma_chi_tieu = m.ma_chi_tieu AND k.loai = t.loai
GROUP BY m.ke_hoach, m.ky_bao_cao, m.ma_chi_tieu, m.ma_don_vi;

CREATE TABLE ind_values AS
SELECT r.ma_don_vi, pl.ma_ke_hoach, r.ke_hoach, r.ky_bao_cao, d.nam, r.ma_chi_tieu, d.ma_phong_trao,
    d.loai_ky, d.so, pl.co_h1, pl.co_h2, o.gia_tri,
    CASE WHEN r.co_so_lieu = 0 THEN NULL
         WHEN d.tong_hop = 'SUM' THEN r.tong
         WHEN d.tong_hop = 'AVERAGE' THEN r.trung_binh
         WHEN r.tong_mau = 0 THEN NULL
         ELSE 100 * r.tong_tu / r.tong_mau END AS gia_tri_tong_hop,
    CAST(r.co_so_lieu AS BIGINT) AS so_don_vi_co_so_lieu,
    CAST(r.ky_vong AS BIGINT) AS so_don_vi_ky_vong,
    CASE WHEN d.tong_hop <> 'SUM' THEN coalesce(d.muc_tieu_tuyet_doi, d.muc_tieu_don_vi)
         WHEN d.loai_ky <> 'YEAR' THEN NULL
         WHEN d.muc_tieu_tuyet_doi IS NOT NULL THEN CASE WHEN r.ma_don_vi = pl.goc THEN d.muc_tieu_tuyet_doi END
         WHEN d.muc_tieu_don_vi IS NOT NULL AND r.ap_dung > 0 THEN d.muc_tieu_don_vi * r.ap_dung
    END AS chi_tieu,
    CASE WHEN d.muc_tieu_don_vi IS NOT NULL AND (d.tong_hop <> 'SUM' OR d.loai_ky = 'YEAR')
         THEN CAST(r.ap_dung AS BIGINT) END AS so_don_vi_ap_dung,
    CASE WHEN d.muc_tieu_don_vi IS NOT NULL AND (d.tong_hop <> 'SUM' OR d.loai_ky = 'YEAR')
         THEN CAST(r.dat AS BIGINT) END AS so_don_vi_dat
FROM ind_roll r
JOIN ind_defs d ON d.ke_hoach = r.ke_hoach AND d.ky_bao_cao = r.ky_bao_cao AND d.ma_chi_tieu = r.ma_chi_tieu
JOIN plans pl ON pl.ke_hoach = r.ke_hoach
LEFT JOIN own o ON o.ke_hoach = r.ke_hoach AND o.ky_bao_cao = r.ky_bao_cao AND o.ma_chi_tieu = r.ma_chi_tieu
    AND o.ma_don_vi = r.ma_don_vi;

-- Base periods of the changes: the previous period of the same type, and the same period a year earlier.
CREATE TABLE ind_bases AS
SELECT v.*,
    CASE v.loai_ky
        WHEN 'YEAR' THEN CAST(v.nam - 1 AS VARCHAR)
        WHEN 'H1' THEN CASE WHEN v.co_h1 AND v.co_h2 THEN CAST(v.nam - 1 AS VARCHAR) || '-H2' END
        WHEN 'H2' THEN CASE WHEN v.co_h1 AND v.co_h2 THEN CAST(v.nam AS VARCHAR) || '-H1' END
        WHEN 'QUARTER' THEN CASE WHEN v.so > 1 THEN printf('%d-Q%d', v.nam, v.so - 1) ELSE printf('%d-Q4', v.nam - 1) END
        WHEN 'MONTH' THEN CASE WHEN v.so > 1 THEN printf('%d-%02d', v.nam, v.so - 1) ELSE printf('%d-12', v.nam - 1) END
    END AS ky_truoc,
    CASE v.loai_ky
        WHEN 'YEAR' THEN CAST(v.nam - 1 AS VARCHAR)
        WHEN 'H1' THEN CAST(v.nam - 1 AS VARCHAR) || '-H1'
        WHEN 'H2' THEN CAST(v.nam - 1 AS VARCHAR) || '-H2'
        WHEN 'QUARTER' THEN printf('%d-Q%d', v.nam - 1, v.so)
        WHEN 'MONTH' THEN printf('%d-%02d', v.nam - 1, v.so)
    END AS cung_ky
FROM ind_values v;

CREATE TABLE out_indicators AS
SELECT v.ma_don_vi, v.ma_ke_hoach, v.ke_hoach, v.ky_bao_cao, v.nam, v.ma_chi_tieu, v.ma_phong_trao, v.gia_tri,
    v.gia_tri_tong_hop, v.so_don_vi_co_so_lieu, v.so_don_vi_ky_vong, v.chi_tieu,
    CASE WHEN v.chi_tieu <> 0 THEN v.gia_tri_tong_hop / v.chi_tieu END AS ty_le_dat,
    v.so_don_vi_ap_dung, v.so_don_vi_dat,
    v.gia_tri_tong_hop - t.gia_tri_tong_hop AS chenh_lech_ky_truoc,
    CASE WHEN t.gia_tri_tong_hop <> 0 THEN (v.gia_tri_tong_hop - t.gia_tri_tong_hop) / t.gia_tri_tong_hop END
        AS ty_le_tang_ky_truoc,
    v.gia_tri_tong_hop - c.gia_tri_tong_hop AS chenh_lech_cung_ky,
    CASE WHEN c.gia_tri_tong_hop <> 0 THEN (v.gia_tri_tong_hop - c.gia_tri_tong_hop) / c.gia_tri_tong_hop END
        AS ty_le_tang_cung_ky
FROM ind_bases v
LEFT JOIN ind_values t ON t.ma_don_vi = v.ma_don_vi AND t.ma_chi_tieu = v.ma_chi_tieu AND t.ky_bao_cao = v.ky_truoc
LEFT JOIN ind_values c ON c.ma_don_vi = v.ma_don_vi AND c.ma_chi_tieu = v.ma_chi_tieu AND c.ky_bao_cao = v.cung_ky;
