package vn.tonghop.sample;

import java.util.SplittableRandom;

/** Vietnamese names for generated units: places from common syllables, schools after well-known people. */
final class ScaleNames {
    private static final String[] FIRST = {"Tân", "Bình", "An", "Phú", "Long", "Hòa", "Phước", "Mỹ", "Thạnh", "Vĩnh",
            "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng", "Thuận", "Quang", "Xuân", "Cẩm"};
    private static final String[] SECOND = {"An", "Hòa", "Lợi", "Thành", "Phú", "Hưng", "Lộc", "Thới", "Điền", "Sơn",
            "Hải", "Khánh", "Thịnh", "Định", "Nghĩa", "Tiến", "Yên", "Mỹ", "Bình", "Phong"};
    private static final String[] PEOPLE = {"Nguyễn Du", "Lê Lợi", "Trần Hưng Đạo", "Lê Quý Đôn", "Nguyễn Trãi",
            "Chu Văn An", "Võ Thị Sáu", "Nguyễn Thị Minh Khai", "Lý Tự Trọng", "Phan Bội Châu", "Nguyễn Văn Trỗi",
            "Hùng Vương", "Trưng Vương", "Kim Đồng", "Lê Văn Tám", "Nguyễn Đình Chiểu", "Trần Quốc Toản", "Bùi Thị Xuân",
            "Huỳnh Thúc Kháng", "Phan Chu Trinh", "Nguyễn Khuyến", "Tô Hiến Thành", "Lương Thế Vinh", "Đinh Tiên Hoàng"};
    private static final String[] SCHOOLS = {"Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở",
            "Trường Trung học phổ thông"};
    private static final String[] BODIES = {"Trạm Y tế", "Công an", "Quân sự", "Ủy ban nhân dân", "Hợp tác xã Nông nghiệp"};
    private static final String[] HAMLETS = {"Ấp", "Khu phố", "Tổ dân phố", "Thôn"};

    /** A unit's name and the place its children take in their names. */
    record Named(String name, String place) {
    }

    private final SplittableRandom random;
    private final String province;

    ScaleNames(SplittableRandom random) {
        this.random = random;
        this.province = place();
    }

    String province() {
        return province;
    }

    Named district() {
        String place = place();
        double r = random.nextDouble();
        if (r < 0.75) {
            return new Named("Huyện ủy " + place, "huyện " + place);
        }
        return r < 0.9 ? new Named("Thị ủy " + place, "thị xã " + place) : new Named("Thành ủy " + place, "thành phố " + place);
    }

    Named grassrootsCommittee() {
        String place = place();
        double r = random.nextDouble();
        if (r < 0.6) {
            return new Named("Đảng bộ xã " + place, "xã " + place);
        }
        if (r < 0.85) {
            return new Named("Đảng bộ phường " + place, "phường " + place);
        }
        String school = "Trường Trung học phổ thông " + person();
        return new Named("Đảng bộ " + school, school);
    }

    String grassrootsCell(String district) {
        double r = random.nextDouble();
        String body = r < 0.7 ? SCHOOLS[random.nextInt(SCHOOLS.length)] + " " + person()
                : BODIES[random.nextInt(BODIES.length)] + " " + place();
        return "Chi bộ " + body + " - " + district;
    }

    Named section(int no, String place) {
        String hamlet = HAMLETS[random.nextInt(HAMLETS.length)] + " " + no;
        return new Named("Đảng bộ bộ phận " + hamlet + " - " + place, hamlet + ", " + place);
    }

    String branch(int no, String place) {
        double r = random.nextDouble();
        String what = r < 0.7 ? HAMLETS[random.nextInt(HAMLETS.length)] + " " + no
                : r < 0.9 ? "Giáo viên " + no : BODIES[random.nextInt(BODIES.length)];
        return "Chi bộ " + what + " - " + place;
    }

    private String place() {
        return FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
    }

    private String person() {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }
}
