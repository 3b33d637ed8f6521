-- Inputs of docs/aggregation.md: live store rows, the periods considered, the tree of each
-- cut-off date (with its closure: every ancestor/descendant pair, self included), expected
-- reports and counted submissions.

-- A row of batch s with file hash h is live unless a later batch superseded h (at_seq > s).
CREATE TABLE sub_live AS
SELECT s.* FROM submissions_raw s LEFT JOIN superseded x ON x.ma_bam_tep = s.ma_bam_tep
WHERE x.at_seq IS NULL OR x.at_seq <= CAST(substr(s.lo_nap, 2) AS INTEGER);

CREATE TABLE acc_live AS
SELECT a.* FROM accepted_raw a LEFT JOIN superseded x ON x.ma_bam_tep = a.ma_bam_tep
WHERE x.at_seq IS NULL OR x.at_seq <= CAST(substr(a.lo_nap, 2) AS INTEGER);

-- Periods whose last day or due date is on or before A.
CREATE TABLE per AS
SELECT pp.* FROM plan_periods pp, params
WHERE pp.ket_thuc <= params.as_of OR pp.han_nop <= params.as_of;

-- The tree of each cut-off date: unit versions valid on it.
CREATE TABLE tree AS
SELECT DISTINCT d.ngay_chot, u.ma_don_vi, u.loai, u.ma_cap_tren
FROM (SELECT DISTINCT ngay_chot FROM per) d
JOIN unit_versions u ON u.tu <= d.ngay_chot AND (u.den IS NULL OR d.ngay_chot < u.den);

CREATE TABLE closure AS
WITH RECURSIVE c(ngay_chot, tren, duoi) AS (
    SELECT ngay_chot, ma_don_vi, ma_don_vi FROM tree
    UNION
    SELECT t.ngay_chot, t.ma_cap_tren, c.duoi
    FROM c JOIN tree t ON t.ngay_chot = c.ngay_chot AND t.ma_don_vi = c.tren
    WHERE t.ma_cap_tren IS NOT NULL
)
SELECT c.ngay_chot, c.tren, c.duoi FROM c
JOIN tree t ON t.ngay_chot = c.ngay_chot AND t.ma_don_vi = c.tren;

-- Expected reports: strict descendants of the rule's root in the period's tree, of the rule's kinds.
CREATE TABLE expected AS
SELECT DISTINCT p.ke_hoach, p.ky_bao_cao, t.ma_don_vi
FROM per p
JOIN plans pl ON pl.ke_hoach = p.ke_hoach
JOIN closure c ON c.ngay_chot = p.ngay_chot AND c.tren = pl.goc AND c.duoi <> pl.goc
JOIN tree t ON t.ngay_chot = p.ngay_chot AND t.ma_don_vi = c.duoi
JOIN plan_kinds k ON k.ke_hoach = p.ke_hoach AND k.loai = t.loai;

-- Counted submissions, numbered both ways in the order (ngay_nop, thu_tu_nap, tep_nguon).
CREATE TABLE counted AS
SELECT s.ke_hoach, s.ky_bao_cao, s.ma_don_vi, s.ma_lan_nop, s.ngay_nop, s.thu_tu_nap, s.tep_nguon,
    row_number() OVER (PARTITION BY s.ke_hoach, s.ky_bao_cao, s.ma_don_vi
                       ORDER BY s.ngay_nop, s.thu_tu_nap, s.tep_nguon) AS thu_tu_tang,
    row_number() OVER (PARTITION BY s.ke_hoach, s.ky_bao_cao, s.ma_don_vi
                       ORDER BY s.ngay_nop DESC, s.thu_tu_nap DESC, s.tep_nguon DESC) AS thu_tu_giam
FROM sub_live s, params
WHERE s.so_dong_nhan > 0 AND s.ngay_nop <= params.as_of;
