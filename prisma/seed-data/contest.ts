// The first customer's contest as its plan describes it (Kế hoạch 03/KH-STTTT, 08/02/2023).
export const ORGANISER = "Sở Thông tin và Truyền thông tỉnh Ninh Bình";
export const ORGANISER_SHORT = "Sở TT&TT Ninh Bình";
export const CONTEST_TITLE = "Cuộc thi trắc nghiệm tìm hiểu về Chuyển đổi số trên mạng internet";

export const INTRO =
  "Cuộc thi nhằm tuyên truyền sâu rộng, kịp thời, đầy đủ về bản chất, nội dung, tầm quan trọng, lợi ích và những giá trị thiết thực mà chuyển đổi số mang lại trong công tác quản lý, điều hành, phát triển kinh tế - xã hội và nâng cao đời sống vật chất, tinh thần của người dân; nâng cao nhận thức, trách nhiệm và hành động của các cấp, các ngành, cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn tỉnh.";

export const RULES_TEXT = [
  "Đối tượng tham gia: cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị hành chính nhà nước và người dân trên địa bàn tỉnh Ninh Bình.",
  "Thành viên Ban Tổ chức, Ban Giám khảo, Tổ thư ký được tham gia nhưng không xét giải.",
  "Mỗi người chỉ đăng ký một tài khoản; tài khoản trùng số CCCD hoặc số điện thoại, khai báo sai thông tin hoặc dùng công cụ trả lời tự động sẽ bị loại.",
  "Cá nhân đạt giải được Ban Tổ chức trao Giấy chứng nhận và tiền thưởng.",
].join("\n");

export const CONTACT = "Phòng Thông tin, Báo chí - Xuất bản, Sở Thông tin và Truyền thông tỉnh Ninh Bình";

/**
 * The organisers' hotline and e-mail shown on sign-in, the rules and the footer. DEMO DATA: made
 * up in the real formats (Ninh Bình's 0229 area code, a provincial mailbox), not the agencies'
 * actual number or address; an installation sets its own in the contest settings.
 */
export const CONTACT_2023 = { hotline: "0229 3878 168", contactEmail: "cuocthi.stttt@ninhbinh.gov.vn" };
export const CONTACT_CURRENT = { hotline: "0229 3871 234", contactEmail: "cuocthi.sokhcn@ninhbinh.gov.vn" };

export const CONSENT_TEXT_V1 =
  "Tôi đồng ý để Ban Tổ chức cuộc thi xử lý dữ liệu cá nhân tôi cung cấp (họ tên, ngày sinh, giới tính, số CCCD, số điện thoại, email, đơn vị, địa chỉ) cho các mục đích: xác minh người dự thi, chấm và công bố kết quả (tên được công khai, CCCD và số điện thoại được che bớt), cấp Giấy chứng nhận, trao giải và thống kê tham gia, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Dữ liệu được lưu trong thời gian tổ chức cuộc thi và lưu trữ hồ sơ theo quy định; tôi có thể tải về dữ liệu của mình tại trang Cá nhân.";

/** The plan's four rounds; the award month is the last month of each quarter. */
export const ROUNDS_2023 = [
  { number: 1, from: "15/02/2023", to: "30/3/2023" },
  { number: 2, from: "01/4/2023", to: "30/6/2023" },
  { number: 3, from: "01/7/2023", to: "30/9/2023" },
  { number: 4, from: "01/10/2023", to: "30/11/2023" },
];

/** District-level units of Ninh Bình in 2023 (docs/DOMAIN.md "Vietnamese formats"); data, never hard-coded in logic. */
export const DISTRICTS_2023 = [
  "Thành phố Ninh Bình",
  "Thành phố Tam Điệp",
  "Huyện Nho Quan",
  "Huyện Gia Viễn",
  "Huyện Hoa Lư",
  "Huyện Yên Mô",
  "Huyện Yên Khánh",
  "Huyện Kim Sơn",
];

/** Đơn vị công tác offered in the registration form (headcount for the participation rate). */
export const UNITS_2023: { name: string; district?: string; headcount?: number }[] = [
  { name: "Sở Thông tin và Truyền thông", district: "Thành phố Ninh Bình", headcount: 45 },
  { name: "Văn phòng UBND tỉnh", district: "Thành phố Ninh Bình", headcount: 80 },
  { name: "Sở Nội vụ", district: "Thành phố Ninh Bình", headcount: 60 },
  { name: "Sở Kế hoạch và Đầu tư", district: "Thành phố Ninh Bình", headcount: 55 },
  { name: "Sở Tài chính", district: "Thành phố Ninh Bình", headcount: 65 },
  { name: "Sở Giáo dục và Đào tạo", district: "Thành phố Ninh Bình", headcount: 90 },
  { name: "Sở Y tế", district: "Thành phố Ninh Bình", headcount: 75 },
  { name: "UBND thành phố Ninh Bình", district: "Thành phố Ninh Bình", headcount: 120 },
  { name: "UBND thành phố Tam Điệp", district: "Thành phố Tam Điệp", headcount: 100 },
  { name: "UBND huyện Nho Quan", district: "Huyện Nho Quan", headcount: 110 },
  { name: "UBND huyện Gia Viễn", district: "Huyện Gia Viễn", headcount: 105 },
  { name: "UBND huyện Hoa Lư", district: "Huyện Hoa Lư", headcount: 95 },
  { name: "UBND huyện Yên Mô", district: "Huyện Yên Mô", headcount: 95 },
  { name: "UBND huyện Yên Khánh", district: "Huyện Yên Khánh", headcount: 100 },
  { name: "UBND huyện Kim Sơn", district: "Huyện Kim Sơn", headcount: 115 },
];

/** Study documents, section II.2 of the plan, in its order; the plan itself last. */
export const DOCUMENTS = [
  {
    code: "749/QĐ-TTg",
    issuedOn: "2020-06-03",
    issuer: "Thủ tướng Chính phủ",
    title: "Quyết định số 749/QĐ-TTg phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
  },
  {
    code: "942/QĐ-TTg",
    issuedOn: "2021-06-15",
    issuer: "Thủ tướng Chính phủ",
    title: "Quyết định số 942/QĐ-TTg phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030",
  },
  {
    code: "924/QĐ-TTg",
    issuedOn: "2022-08-02",
    issuer: "Thủ tướng Chính phủ",
    title: "Quyết định số 924/QĐ-TTg phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn 2021-2025",
  },
  {
    code: "01-NQ/TU",
    issuedOn: "2021-04-20",
    issuer: "Ban Chấp hành Đảng bộ tỉnh Ninh Bình",
    title: "Nghị quyết số 01-NQ/TU về xây dựng Chính quyền điện tử, Chuyển đổi số đến năm 2025, định hướng đến năm 2030",
  },
  {
    code: "106/KH-UBND",
    issuedOn: "2021-07-12",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 106/KH-UBND triển khai thực hiện Nghị quyết số 01-NQ/TU và Quyết định số 942/QĐ-TTg",
  },
  {
    code: "148/KH-UBND",
    issuedOn: "2021-09-23",
    issuer: "UBND tỉnh Ninh Bình",
    title:
      "Kế hoạch số 148/KH-UBND về tuyên truyền xây dựng Chính quyền điện tử, Chuyển đổi số đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh Ninh Bình",
  },
  {
    code: "46/KH-UBND",
    issuedOn: "2022-03-11",
    issuer: "UBND tỉnh Ninh Bình",
    title:
      "Kế hoạch số 46/KH-UBND triển khai thực hiện Quyết định số 06/QĐ-TTg phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử",
  },
  {
    code: "118/KH-UBND",
    issuedOn: "2022-06-24",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 118/KH-UBND triển khai thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
  },
  {
    code: "145/KH-UBND",
    issuedOn: "2022-08-25",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 145/KH-UBND triển khai thí điểm mô hình Chính quyền số cấp sở, ngành tỉnh Ninh Bình (phiên bản 1.0)",
  },
  {
    code: "164/KH-UBND",
    issuedOn: "2022-10-03",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 164/KH-UBND triển khai thực hiện mô hình Chuyển đổi số cấp xã trên địa bàn tỉnh Ninh Bình (phiên bản 1.0)",
  },
  {
    code: "194/KH-UBND",
    issuedOn: "2022-12-12",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 194/KH-UBND về phát triển chính quyền số, chuyển đổi số và đảm bảo an toàn thông tin mạng tỉnh Ninh Bình năm 2023",
  },
  {
    code: "11/KH-UBND",
    issuedOn: "2023-11-18",
    issuer: "UBND tỉnh Ninh Bình",
    title: "Kế hoạch số 11/KH-UBND về Chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn 2021-2025",
  },
  {
    code: "01/CT-BTTTT",
    issuedOn: "2023-01-20",
    issuer: "Bộ Thông tin và Truyền thông",
    title: "Chỉ thị số 01/CT-BTTTT về định hướng phát triển ngành Thông tin và Truyền thông năm 2023 và giai đoạn 2024 - 2025",
  },
  {
    code: "03/KH-STTTT",
    issuedOn: "2023-02-08",
    issuer: "Sở Thông tin và Truyền thông tỉnh Ninh Bình",
    title: "Kế hoạch số 03/KH-STTTT tổ chức Cuộc thi trắc nghiệm tìm hiểu về Chuyển đổi số trên mạng internet năm 2023",
  },
];
