package vn.tonghop.catalog;

/** Layout family of the plan's documents: party (Đảng) or state (Nhà nước, Decree 30/2020/NĐ-CP). */
public enum DocumentStyle {
    PARTY, STATE
}
