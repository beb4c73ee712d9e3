// The Vietnamese reasons the quiz engine gives participants. One place, so pages, actions and
// tests say the same thing.
import { formatVnDateTime } from "../time";

export const MSG = {
  signIn: "Vui lòng đăng nhập tài khoản thí sinh để dự thi.",
  roundNotFound: "Không tìm thấy đợt thi này.",
  otherContest: "Tài khoản của bạn đăng ký cho một cuộc thi khác, không dự thi được đợt thi này.",
  roundDraft: "Đợt thi chưa được công bố.",
  roundClosed: "Đợt thi đã kết thúc, không nhận bài thi mới.",
  disqualified: "Bạn đã bị Ban Giám khảo loại khỏi đợt thi này nên không thể dự thi. Bạn có thể đề nghị Ban Tổ chức cho biết lý do.",
  bankTooSmall: "Ngân hàng câu hỏi của đợt thi chưa đủ để tạo đề thi. Vui lòng liên hệ Ban Tổ chức.",
  retry: "Hệ thống đang bận, vui lòng thử lại.",
  attemptNotFound: "Không tìm thấy bài thi của bạn.",
  saveExpired: "Đã hết giờ làm bài, không lưu được câu trả lời.",
  saveSubmitted: "Bài thi đã được nộp, không thể thay đổi câu trả lời.",
  invalidOption: "Phương án trả lời không hợp lệ. Vui lòng tải lại trang.",
  lateSubmit: "Đã quá thời gian nộp bài (kể cả thời gian gia hạn cho mạng chậm). Bài thi đã được đóng và chấm với các câu trả lời đã lưu trước khi hết giờ.",
} as const;

export function roundUpcomingMessage(opensAt: Date): string {
  return `Đợt thi chưa mở. Thời gian bắt đầu nhận bài: ${formatVnDateTime(opensAt)} (giờ Việt Nam).`;
}

export function attemptsUsedUpMessage(allowed: number): string {
  return `Bạn đã sử dụng hết ${allowed} lượt thi của đợt này.`;
}
