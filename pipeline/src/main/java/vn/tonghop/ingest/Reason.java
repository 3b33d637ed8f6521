package vn.tonghop.ingest;

/**
 * Stable reason codes for quarantined files and rows. {@code recheckable} reasons depend on the
 * catalog or the as-of date: such rows are validated again when either changes.
 */
public enum Reason {
    // whole files
    TEP_RONG(false, "tệp rỗng, không có dữ liệu"),
    TEP_KHONG_DOC_DUOC(false, "không đọc được tệp"),
    DINH_DANG_KHONG_HO_TRO(false, "định dạng tệp không được hỗ trợ"),
    MA_HOA_KHONG_HO_TRO(false, "bảng mã không phải UTF-8"),
    KHONG_CO_DONG_TIEU_DE(false, "không tìm thấy dòng tiêu đề có ma_don_vi và ma_muc"),
    THIEU_COT(false, "thiếu cột bắt buộc"),
    TRUNG_COT(false, "tiêu đề có cột trùng tên"),
    // rows
    SO_COT_KHONG_KHOP(false, "số ô của dòng không khớp với tiêu đề"),
    NOI_DUNG_QUA_DAI(false, "nội dung một ô dài quá 32.767 ký tự (giới hạn của một ô Excel)"),
    THIEU_GIA_TRI(false, "thiếu giá trị bắt buộc"),
    KY_KHONG_HOP_LE(false, "kỳ báo cáo không đúng dạng"),
    NGAY_NOP_KHONG_HOP_LE(false, "ngày nộp không đúng dạng"),
    SO_KHONG_HOP_LE(false, "số không đúng dạng"),
    SO_AM(false, "số âm"),
    PHAN_TRAM_VUOT_100(false, "tỷ lệ phần trăm vượt 100"),
    TRANG_THAI_KHONG_HOP_LE(false, "trạng thái nhiệm vụ không hợp lệ"),
    DON_VI_KHONG_TON_TAI(true, "đơn vị không có trong danh mục"),
    DON_VI_HET_HIEU_LUC(true, "đơn vị không còn hiệu lực vào ngày chốt của kỳ"),
    KE_HOACH_KHONG_TON_TAI(true, "kế hoạch không có trong danh mục"),
    KY_NGOAI_LICH(true, "kỳ không có trong lịch báo cáo của kế hoạch"),
    MUC_KHONG_TON_TAI(true, "mã mục không có trong danh mục"),
    MUC_KHONG_THUOC_KE_HOACH(true, "mục không thuộc kế hoạch trong kỳ này"),
    MUC_TINH_TOAN(true, "chỉ tiêu tỷ lệ được tính, đơn vị không nhập"),
    NGAY_NOP_SAU_NGAY_CHOT(true, "ngày nộp sau ngày chốt số liệu"),
    NGAY_NOP_KHONG_DONG_NHAT(false, "các dòng của một lần nộp có ngày nộp khác nhau"),
    TRUNG_DONG(false, "dòng trùng lặp"),
    TRUNG_MUC_KHAC_GIA_TRI(false, "một mục xuất hiện hai lần với giá trị khác nhau");

    private final boolean recheckable;
    private final String label;

    Reason(boolean recheckable, String label) {
        this.recheckable = recheckable;
        this.label = label;
    }

    public boolean recheckable() {
        return recheckable;
    }

    /** Short Vietnamese label for summaries. */
    public String label() {
        return label;
    }
}
