-- Spark's lineage dataset (table `lineage`, loaded from its Parquet) checked against the
-- oracle's own figures and the live store rows. Each check inserts what it finds wrong.
CREATE TABLE lineage_problems(kind VARCHAR, detail VARCHAR);

-- Every source line is a live accepted row of that submission, file and line, with that item and value.
INSERT INTO lineage_problems
SELECT 'source row not in the store', l.so_lieu || ' ' || l.ma_don_vi || ' ' || l.ky_bao_cao || ' '
    || coalesce(l.ma_muc, '') || ' <- ' || l.tep_nguon || ':' || l.so_dong
FROM lineage l
LEFT JOIN acc_live a ON a.ma_lan_nop = l.ma_lan_nop AND a.tep_nguon = l.tep_nguon AND a.so_dong = l.so_dong
WHERE l.so_dong IS NOT NULL AND (a.ma_lan_nop IS NULL OR a.ma_muc <> l.ma_muc_nguon
    OR (l.vai_tro = 'trang_thai' AND a.trang_thai IS DISTINCT FROM l.trang_thai)
    OR (l.vai_tro IN ('gia_tri', 'tu_so', 'mau_so') AND a.gia_tri IS DISTINCT FROM l.gia_tri));

-- Indicator figures: the sources add up to the oracle's value, over as many units as it counts.
-- A rolled-up value's sources are the unit's own lines and its direct children's subtree totals.
CREATE TABLE lineage_sums AS
SELECT so_lieu, ma_ke_hoach, ky_bao_cao, ma_don_vi, ma_muc,
    sum(CASE WHEN vai_tro IN ('gia_tri', 'tong_cay') THEN gia_tri END) AS s,
    sum(CASE WHEN vai_tro IN ('tu_so', 'tu_so_cay') THEN gia_tri END) AS tu,
    sum(CASE WHEN vai_tro IN ('mau_so', 'mau_so_cay') THEN gia_tri END) AS mau,
    count(DISTINCT CASE WHEN so_don_vi IS NULL THEN ma_don_vi_nguon END)
        + coalesce(sum(CASE WHEN vai_tro IN ('tong_cay', 'tu_so_cay') THEN so_don_vi END), 0) AS n
FROM lineage WHERE so_lieu IN ('chi_tieu', 'chi_tieu_tong_hop')
GROUP BY so_lieu, ma_ke_hoach, ky_bao_cao, ma_don_vi, ma_muc;

CREATE TABLE lineage_values AS
SELECT ls.*, CASE upper(d.tong_hop) WHEN 'SUM' THEN ls.s WHEN 'AVERAGE' THEN ls.s / ls.n
    ELSE 100 * ls.tu / nullif(ls.mau, 0) END AS v
FROM lineage_sums ls JOIN indicators d ON d.ma_chi_tieu = ls.ma_muc;

-- A child's totals are the child's own published figure, so the chain holds down to the lines.
INSERT INTO lineage_problems
SELECT 'child subtree total', l.ma_don_vi || ' <- ' || l.ma_don_vi_nguon || ' ' || l.ky_bao_cao || ' ' || l.ma_muc
    || ': oracle ' || coalesce(CAST(o.gia_tri_tong_hop AS VARCHAR), 'none') || ' over ' || coalesce(o.so_don_vi_co_so_lieu, 0)
    || ' units, lineage ' || l.gia_tri || ' over ' || l.so_don_vi || ' units'
FROM lineage l
JOIN indicators d ON d.ma_chi_tieu = l.ma_muc
LEFT JOIN out_indicators o ON o.ma_ke_hoach = l.ma_ke_hoach AND o.ky_bao_cao = l.ky_bao_cao
    AND o.ma_don_vi = l.ma_don_vi_nguon AND o.ma_chi_tieu = l.ma_muc
WHERE l.vai_tro IN ('tong_cay', 'tu_so_cay')
    AND (o.ma_don_vi IS NULL OR l.so_don_vi <> o.so_don_vi_co_so_lieu
        OR (upper(d.tong_hop) = 'SUM' AND abs(l.gia_tri - o.gia_tri_tong_hop) > 1e-6)
        OR (upper(d.tong_hop) = 'AVERAGE' AND abs(l.gia_tri / l.so_don_vi - o.gia_tri_tong_hop) > 1e-6));

INSERT INTO lineage_problems
SELECT 'child share', l.ma_don_vi || ' <- ' || l.ma_don_vi_nguon || ' ' || l.ky_bao_cao || ' ' || l.ma_muc
FROM lineage l
JOIN lineage m ON m.vai_tro = 'mau_so_cay' AND m.ma_ke_hoach = l.ma_ke_hoach AND m.ky_bao_cao = l.ky_bao_cao
    AND m.ma_don_vi = l.ma_don_vi AND m.ma_muc = l.ma_muc AND m.ma_don_vi_nguon = l.ma_don_vi_nguon
LEFT JOIN out_indicators o ON o.ma_ke_hoach = l.ma_ke_hoach AND o.ky_bao_cao = l.ky_bao_cao
    AND o.ma_don_vi = l.ma_don_vi_nguon AND o.ma_chi_tieu = l.ma_muc
WHERE l.vai_tro = 'tu_so_cay' AND m.gia_tri > 0
    AND (o.gia_tri_tong_hop IS NULL OR abs(100 * l.gia_tri / m.gia_tri - o.gia_tri_tong_hop) > 1e-6);

INSERT INTO lineage_problems
SELECT 'rolled-up value', o.ma_don_vi || ' ' || o.ky_bao_cao || ' ' || o.ma_chi_tieu || ': oracle '
    || o.gia_tri_tong_hop || ' over ' || o.so_don_vi_co_so_lieu || ' units, sources '
    || coalesce(CAST(lv.v AS VARCHAR), 'none') || ' over ' || coalesce(lv.n, 0) || ' units'
FROM out_indicators o
LEFT JOIN lineage_values lv ON lv.so_lieu = 'chi_tieu_tong_hop' AND lv.ma_ke_hoach = o.ma_ke_hoach
    AND lv.ky_bao_cao = o.ky_bao_cao AND lv.ma_don_vi = o.ma_don_vi AND lv.ma_muc = o.ma_chi_tieu
WHERE o.gia_tri_tong_hop IS NOT NULL
    AND (lv.v IS NULL OR abs(lv.v - o.gia_tri_tong_hop) > 1e-6 OR lv.n <> o.so_don_vi_co_so_lieu);

INSERT INTO lineage_problems
SELECT 'own value', o.ma_don_vi || ' ' || o.ky_bao_cao || ' ' || o.ma_chi_tieu || ': oracle ' || o.gia_tri
    || ', sources ' || coalesce(CAST(lv.v AS VARCHAR), 'none')
FROM out_indicators o
LEFT JOIN lineage_values lv ON lv.so_lieu = 'chi_tieu' AND lv.ma_ke_hoach = o.ma_ke_hoach
    AND lv.ky_bao_cao = o.ky_bao_cao AND lv.ma_don_vi = o.ma_don_vi AND lv.ma_muc = o.ma_chi_tieu
WHERE o.gia_tri IS NOT NULL AND (lv.v IS NULL OR abs(lv.v - o.gia_tri) > 1e-6 OR lv.n <> 1);

-- No figure in the lineage that the oracle does not publish with a value.
INSERT INTO lineage_problems
SELECT 'figure not published', lv.so_lieu || ' ' || lv.ma_don_vi || ' ' || lv.ky_bao_cao || ' ' || lv.ma_muc
FROM lineage_values lv
LEFT JOIN out_indicators o ON lv.ma_ke_hoach = o.ma_ke_hoach AND lv.ky_bao_cao = o.ky_bao_cao
    AND lv.ma_don_vi = o.ma_don_vi AND lv.ma_muc = o.ma_chi_tieu
WHERE o.ma_don_vi IS NULL;

-- Reporting status: exactly the counted submissions, the first one dating the report.
INSERT INTO lineage_problems
SELECT 'reporting status', r.ma_don_vi || ' ' || r.ky_bao_cao || ': ' || coalesce(r.so_lan_nop, 0)
    || ' submissions, sources ' || coalesce(l.n, 0)
FROM out_reporting r
LEFT JOIN (SELECT ma_ke_hoach, ky_bao_cao, ma_don_vi, count(*) AS n, min(ngay_nop) AS d FROM lineage
    WHERE so_lieu = 'nop_bao_cao' GROUP BY ma_ke_hoach, ky_bao_cao, ma_don_vi) l
    ON l.ma_ke_hoach = r.ma_ke_hoach AND l.ky_bao_cao = r.ky_bao_cao AND l.ma_don_vi = r.ma_don_vi
WHERE coalesce(l.n, 0) <> coalesce(r.so_lan_nop, 0) OR l.d IS DISTINCT FROM r.ngay_nop;

-- Task status: a reported leaf has exactly its row, with its status; a group has rows unless not reported.
INSERT INTO lineage_problems
SELECT 'task status', t.ma_don_vi || ' ' || t.ky_bao_cao || ' ' || t.ma_muc || ': ' || t.trang_thai
    || ', sources ' || coalesce(l.n, 0)
FROM out_tasks t
LEFT JOIN (SELECT ma_ke_hoach, ky_bao_cao, ma_don_vi, ma_muc, count(*) AS n, min(trang_thai) AS s FROM lineage
    WHERE so_lieu = 'nhiem_vu' GROUP BY ma_ke_hoach, ky_bao_cao, ma_don_vi, ma_muc) l
    ON l.ma_ke_hoach = t.ma_ke_hoach AND l.ky_bao_cao = t.ky_bao_cao AND l.ma_don_vi = t.ma_don_vi AND l.ma_muc = t.ma_muc
WHERE (NOT t.la_nhom AND CASE WHEN t.trang_thai = 'khong_bao_cao' THEN l.n IS NOT NULL
        ELSE l.n IS DISTINCT FROM 1 OR l.s <> t.trang_thai END)
    OR (t.la_nhom AND (t.trang_thai = 'khong_bao_cao') <> (l.n IS NULL));
