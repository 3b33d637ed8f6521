-- tasks and task_summary.

-- The content of each report: the accepted rows of its latest counted submission.
CREATE TABLE content AS
SELECT r.ke_hoach, r.ky_bao_cao, r.ma_don_vi, a.ma_muc, a.loai_muc, a.trang_thai, a.phan_tram, a.gia_tri, a.ghi_chu
FROM reporting r JOIN acc_live a ON a.ma_lan_nop = r.ma_lan_nop_cuoi;

-- Expected task reports: a leaf with lead/coordinating units is reported by those valid on the
-- cut-off date; every other leaf by every expected unit.
CREATE TABLE task_reports AS
SELECT p.ke_hoach, p.ky_bao_cao, tu.ma_don_vi, t.ma_muc
FROM per p
JOIN tasks t ON t.ke_hoach = p.ke_hoach AND NOT t.la_nhom
JOIN task_units tu ON tu.ke_hoach = t.ke_hoach AND tu.ma_muc = t.ma_muc
JOIN tree tr ON tr.ngay_chot = p.ngay_chot AND tr.ma_don_vi = tu.ma_don_vi
UNION
SELECT e.ke_hoach, e.ky_bao_cao, e.ma_don_vi, t.ma_muc
FROM expected e
JOIN tasks t ON t.ke_hoach = e.ke_hoach AND NOT t.la_nhom
WHERE NOT EXISTS (SELECT 1 FROM task_units tu WHERE tu.ke_hoach = t.ke_hoach AND tu.ma_muc = t.ma_muc);

-- Earliest counted submission of each report whose row for a task says hoan_thanh.
CREATE TABLE first_done AS
SELECT c.ke_hoach, c.ky_bao_cao, c.ma_don_vi, a.ma_muc, min(c.ngay_nop) AS ngay
FROM counted c JOIN acc_live a ON a.ma_lan_nop = c.ma_lan_nop
WHERE a.loai_muc = 'nhiem_vu' AND a.trang_thai = 'hoan_thanh'
GROUP BY c.ke_hoach, c.ky_bao_cao, c.ma_don_vi, a.ma_muc;

CREATE TABLE leaf_rows AS
SELECT x.ke_hoach, x.ky_bao_cao, x.ma_don_vi, x.ma_muc, false AS la_nhom,
    coalesce(c.trang_thai, 'khong_bao_cao') AS trang_thai,
    c.phan_tram,
    c.ghi_chu,
    coalesce(c.trang_thai = 'hoan_thanh' OR (c.trang_thai = 'dang_thuc_hien' AND t.thuong_xuyen), false) AS hoan_thanh_ky,
    t.han_chot,
    CASE WHEN t.han_chot IS NOT NULL AND c.trang_thai = 'hoan_thanh' THEN f.ngay END AS ngay_hoan_thanh
FROM task_reports x
JOIN tasks t ON t.ke_hoach = x.ke_hoach AND t.ma_muc = x.ma_muc
LEFT JOIN content c ON c.ke_hoach = x.ke_hoach AND c.ky_bao_cao = x.ky_bao_cao AND c.ma_don_vi = x.ma_don_vi
    AND c.loai_muc = 'nhiem_vu' AND c.ma_muc = x.ma_muc
LEFT JOIN first_done f ON f.ke_hoach = x.ke_hoach AND f.ky_bao_cao = x.ky_bao_cao AND f.ma_don_vi = x.ma_don_vi
    AND f.ma_muc = x.ma_muc;

-- Group task -> every task below it (any depth).
CREATE TABLE task_closure AS
WITH RECURSIVE tc(ke_hoach, nhom, ma_muc) AS (
    SELECT ke_hoach, ma_muc_cha, ma_muc FROM tasks WHERE ma_muc_cha IS NOT NULL
    UNION
    SELECT t.ke_hoach, t.ma_muc_cha, tc.ma_muc
    FROM tc JOIN tasks t ON t.ke_hoach = tc.ke_hoach AND t.ma_muc = tc.nhom
    WHERE t.ma_muc_cha IS NOT NULL
)
SELECT * FROM tc;

-- A group task per unit with at least one expected leaf below it.
CREATE TABLE group_rows AS
SELECT g.ke_hoach, g.ky_bao_cao, g.ma_don_vi, g.ma_muc, true AS la_nhom, g.trang_thai,
    CAST(NULL AS DOUBLE) AS phan_tram,
    CAST(NULL AS VARCHAR) AS ghi_chu,
    (g.trang_thai = 'hoan_thanh' OR (g.trang_thai = 'dang_thuc_hien' AND t.thuong_xuyen)) AS hoan_thanh_ky,
    t.han_chot, CAST(NULL AS DATE) AS ngay_hoan_thanh
FROM (
    SELECT l.ke_hoach, l.ky_bao_cao, l.ma_don_vi, tc.nhom AS ma_muc,
        CASE WHEN bool_and(l.hoan_thanh_ky) THEN 'hoan_thanh'
             WHEN bool_and(l.trang_thai = 'khong_bao_cao') THEN 'khong_bao_cao'
             WHEN bool_and(l.trang_thai IN ('chua_thuc_hien', 'khong_bao_cao')) THEN 'chua_thuc_hien'
             ELSE 'dang_thuc_hien' END AS trang_thai
    FROM leaf_rows l JOIN task_closure tc ON tc.ke_hoach = l.ke_hoach AND tc.ma_muc = l.ma_muc
    GROUP BY l.ke_hoach, l.ky_bao_cao, l.ma_don_vi, tc.nhom
) g
JOIN tasks t ON t.ke_hoach = g.ke_hoach AND t.ma_muc = g.ma_muc;

CREATE TABLE task_rows AS
SELECT x.*,
    CASE WHEN x.han_chot IS NULL THEN NULL
         WHEN x.ngay_hoan_thanh IS NOT NULL AND x.ngay_hoan_thanh <= x.han_chot THEN 'dung_han'
         WHEN x.ngay_hoan_thanh IS NOT NULL THEN 'tre_han'
         WHEN x.han_chot < params.as_of THEN 'qua_han'
         ELSE 'chua_den_han' END AS tien_do_han
FROM (SELECT * FROM leaf_rows UNION ALL SELECT * FROM group_rows) x CROSS JOIN params;

CREATE TABLE out_tasks AS
SELECT x.ma_don_vi, pl.ma_ke_hoach, x.ke_hoach, x.ky_bao_cao, p.nam, x.ma_muc, x.la_nhom, x.trang_thai, x.phan_tram, x.ghi_chu,
    x.hoan_thanh_ky, x.han_chot, x.ngay_hoan_thanh, x.tien_do_han
FROM task_rows x
JOIN per p ON p.ke_hoach = x.ke_hoach AND p.ky_bao_cao = x.ky_bao_cao
JOIN plans pl ON pl.ke_hoach = x.ke_hoach;

-- Counts over the tasks rows of U itself (rieng) or of U's subtree in the period's tree (cay).
CREATE TABLE task_scope AS
SELECT x.*, x.ma_don_vi AS don_vi, 'rieng' AS pham_vi FROM out_tasks x
UNION ALL
SELECT x.*, c.tren AS don_vi, 'cay' AS pham_vi
FROM out_tasks x
JOIN per p ON p.ke_hoach = x.ke_hoach AND p.ky_bao_cao = x.ky_bao_cao
JOIN closure c ON c.ngay_chot = p.ngay_chot AND c.duoi = x.ma_don_vi;

CREATE TABLE out_task_summary AS
SELECT don_vi AS ma_don_vi, ma_ke_hoach, ke_hoach, ky_bao_cao, nam, ma_muc, la_nhom, pham_vi,
    CAST(count(*) AS BIGINT) AS so_bao_cao,
    CAST(count(*) FILTER (WHERE trang_thai = 'hoan_thanh') AS BIGINT) AS hoan_thanh,
    CAST(count(*) FILTER (WHERE trang_thai = 'dang_thuc_hien') AS BIGINT) AS dang_thuc_hien,
    CAST(count(*) FILTER (WHERE trang_thai = 'chua_thuc_hien') AS BIGINT) AS chua_thuc_hien,
    CAST(count(*) FILTER (WHERE trang_thai = 'khong_bao_cao') AS BIGINT) AS khong_bao_cao,
    CAST(count(*) FILTER (WHERE hoan_thanh_ky) AS BIGINT) AS hoan_thanh_ky,
    CAST(count(*) FILTER (WHERE hoan_thanh_ky) AS DOUBLE) / count(*) AS ty_le_hoan_thanh,
    CASE WHEN max(han_chot) IS NOT NULL THEN CAST(count(*) FILTER (WHERE tien_do_han = 'dung_han') AS BIGINT) END AS dung_han,
    CASE WHEN max(han_chot) IS NOT NULL THEN CAST(count(*) FILTER (WHERE tien_do_han = 'tre_han') AS BIGINT) END AS tre_han,
    CASE WHEN max(han_chot) IS NOT NULL THEN CAST(count(*) FILTER (WHERE tien_do_han = 'qua_han') AS BIGINT) END AS qua_han
FROM task_scope
GROUP BY don_vi, ma_ke_hoach, ke_hoach, ky_bao_cao, nam, ma_muc, la_nhom, pham_vi;
