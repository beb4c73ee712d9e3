// Messages the regrade actions and library share (a "use server" file may export only actions).
export const REGRADE_MSG = {
  adminOnly: "Chỉ quản trị viên Ban Tổ chức được áp dụng hoặc từ chối đề xuất chấm lại.",
  roundNotFound: "Không tìm thấy đợt thi.",
  roundDraft: "Đợt thi chưa được công bố: chưa có lượt thi nào để chấm lại.",
  versionNotInRound: "Câu hỏi này không có trong lượt thi nào của đợt thi.",
  regradeNotFound: "Không tìm thấy đề xuất chấm lại.",
  alreadyDecided: "Đề xuất này đã được xử lý; chỉ áp dụng hoặc từ chối được đề xuất đang chờ quyết định.",
  concurrent: "Một quản trị viên khác vừa áp dụng chấm lại câu hỏi này. Vui lòng tải lại trang.",
  staleComputation: "Kết quả đã thay đổi do chấm lại câu hỏi; vui lòng tính lại trước khi phê duyệt.",
} as const;
