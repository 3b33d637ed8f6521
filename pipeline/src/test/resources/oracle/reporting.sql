-- reporting and reporting_summary.

-- One row per expected report, plus reports received from units the rule does not name.
CREATE TABLE report_keys AS
SELECT ke_hoach, ky_bao_cao, ma_don_vi, true AS ky_vong FROM expected
UNION ALL
SELECT DISTINCT c.ke_hoach, c.ky_bao_cao, c.ma_don_vi, false
FROM counted c JOIN per p ON p.ke_hoach = c.ke_hoach AND p.ky_bao_cao = c.ky_bao_cao
WHERE NOT EXISTS (SELECT 1 FROM expected e
                  WHERE e.ke_hoach = c.ke_hoach AND e.ky_bao_cao = c.ky_bao_cao AND e.ma_don_vi = c.ma_don_vi);

CREATE TABLE report_subs AS
SELECT ke_hoach, ky_bao_cao, ma_don_vi, count(*) AS so_lan_nop,
    max(CASE WHEN thu_tu_tang = 1 THEN ngay_nop END) AS ngay_nop,
    max(CASE WHEN thu_tu_giam = 1 THEN ngay_nop END) AS ngay_nop_cuoi,
    max(CASE WHEN thu_tu_giam = 1 THEN ma_lan_nop END) AS ma_lan_nop_cuoi
FROM counted GROUP BY ke_hoach, ky_bao_cao, ma_don_vi;

CREATE TABLE reporting AS
SELECT k.ma_don_vi, pl.ma_ke_hoach, k.ke_hoach, k.ky_bao_cao, p.nam, p.han_nop, p.ngay_chot, k.ky_vong,
    a.ngay_nop, a.ngay_nop_cuoi, a.ma_lan_nop_cuoi, CAST(coalesce(a.so_lan_nop, 0) AS BIGINT) AS so_lan_nop,
    CASE WHEN a.ngay_nop IS NOT NULL AND a.ngay_nop <= p.han_nop THEN 'dung_han'
         WHEN a.ngay_nop IS NOT NULL THEN 'tre_han'
         WHEN p.han_nop < params.as_of THEN 'chua_nop'
         ELSE 'chua_den_han' END AS trang_thai,
    CAST(CASE WHEN a.ngay_nop > p.han_nop THEN date_diff('day', p.han_nop, a.ngay_nop)
              WHEN a.ngay_nop IS NULL AND p.han_nop < params.as_of THEN date_diff('day', p.han_nop, params.as_of)
         END AS INTEGER) AS so_ngay_tre
FROM report_keys k
JOIN per p ON p.ke_hoach = k.ke_hoach AND p.ky_bao_cao = k.ky_bao_cao
JOIN plans pl ON pl.ke_hoach = k.ke_hoach
LEFT JOIN report_subs a ON a.ke_hoach = k.ke_hoach AND a.ky_bao_cao = k.ky_bao_cao AND a.ma_don_vi = k.ma_don_vi
CROSS JOIN params;

CREATE TABLE out_reporting AS
SELECT ma_don_vi, ma_ke_hoach, ke_hoach, ky_bao_cao, nam, han_nop, ngay_chot, ky_vong, ngay_nop, ngay_nop_cuoi,
    ma_lan_nop_cuoi, so_lan_nop, trang_thai, so_ngay_tre
FROM reporting;

-- Every unit of the rule root's subtree (root included), scope rieng (itself) or cay (its subtree).
CREATE TABLE summary_scope AS
WITH units AS (
    SELECT p.ke_hoach, p.ky_bao_cao, p.nam, p.han_nop, p.ngay_chot, c.duoi AS ma_don_vi
    FROM per p
    JOIN plans pl ON pl.ke_hoach = p.ke_hoach
    JOIN closure c ON c.ngay_chot = p.ngay_chot AND c.tren = pl.goc
)
SELECT u.*, 'rieng' AS pham_vi, u.ma_don_vi AS thanh_vien FROM units u
UNION ALL
SELECT u.*, 'cay' AS pham_vi, c.duoi AS thanh_vien
FROM units u JOIN closure c ON c.ngay_chot = u.ngay_chot AND c.tren = u.ma_don_vi;

CREATE TABLE summary_counts AS
SELECT s.ma_don_vi, s.ke_hoach, s.ky_bao_cao, s.nam, s.han_nop, s.pham_vi,
    count(r.ma_don_vi) FILTER (WHERE r.han_nop <= params.as_of AND r.trang_thai <> 'chua_den_han') AS ky_vong,
    count(r.ma_don_vi) FILTER (WHERE r.han_nop <= params.as_of AND r.trang_thai IN ('dung_han', 'tre_han')) AS da_nop,
    count(r.ma_don_vi) FILTER (WHERE r.han_nop <= params.as_of AND r.trang_thai = 'dung_han') AS dung_han,
    count(r.ma_don_vi) FILTER (WHERE r.han_nop <= params.as_of AND r.trang_thai = 'tre_han') AS tre_han,
    count(r.ma_don_vi) FILTER (WHERE r.han_nop <= params.as_of AND r.trang_thai = 'chua_nop') AS chua_nop,
    count(r.ma_don_vi) FILTER (WHERE r.trang_thai = 'chua_den_han') AS chua_den_han
FROM summary_scope s
CROSS JOIN params
LEFT JOIN reporting r ON r.ke_hoach = s.ke_hoach AND r.ky_bao_cao = s.ky_bao_cao
    AND r.ma_don_vi = s.thanh_vien AND r.ky_vong
GROUP BY s.ma_don_vi, s.ke_hoach, s.ky_bao_cao, s.nam, s.han_nop, s.pham_vi;

CREATE TABLE out_reporting_summary AS
SELECT s.ma_don_vi, pl.ma_ke_hoach, s.ke_hoach, s.ky_bao_cao, s.nam, s.han_nop, s.pham_vi,
    CAST(s.ky_vong AS BIGINT) AS ky_vong, CAST(s.da_nop AS BIGINT) AS da_nop, CAST(s.dung_han AS BIGINT) AS dung_han,
    CAST(s.tre_han AS BIGINT) AS tre_han, CAST(s.chua_nop AS BIGINT) AS chua_nop,
    CAST(s.chua_den_han AS BIGINT) AS chua_den_han,
    CASE WHEN s.ky_vong = 0 THEN NULL ELSE CAST(s.da_nop AS DOUBLE) / s.ky_vong END AS ty_le_nop,
    CASE WHEN s.ky_vong = 0 THEN NULL ELSE CAST(s.dung_han AS DOUBLE) / s.ky_vong END AS ty_le_dung_han
FROM summary_counts s JOIN plans pl ON pl.ke_hoach = s.ke_hoach;
