/**
 * What `<nomination-review>` says (the catalogue's `nominationReview`
 * namespace): one dossier as its appraiser reads it — its sections, the
 * criteria checklist, comments, the actions and their dialogs, the history.
 * Statuses, nominee kinds and deadlines are `nominationQueue`'s; the error
 * state's words are the `errors` namespace.
 */
export const nominationReview = {
  loading: 'Đang tải hồ sơ…',
  /** The dossier's heading. */
  title: (reference: string) => `Hồ sơ ${reference}`,
  /** The facts under the heading. */
  facts: {
    status: 'Trạng thái',
    unit: 'Đơn vị đề nghị',
    awardType: 'Hình thức khen thưởng',
    round: 'Đợt khen thưởng',
    completeOn: 'Ngày hồ sơ đầy đủ',
    deadline: 'Thời hạn thẩm định',
  },
  /** The reason the whole dossier was returned, while it is. */
  returnReason: 'Lý do trả lại hồ sơ',
  /** The actions bar. */
  actionsTitle: 'Thao tác thẩm định',
  actions: {
    startAppraisal: 'Tiếp nhận thẩm định',
    return: 'Trả lại để hoàn thiện…',
    completeAppraisal: 'Kết thúc thẩm định…',
    markEligible: 'Đủ điều kiện…',
    reject: 'Không đủ điều kiện…',
  },
  /** What the per-nomination buttons add for a screen reader: whom they are about. */
  actionFor: (name: string) => `: ${name}`,
  /** Nothing the reader may do now. */
  noActions: 'Không có thao tác nào ở trạng thái hiện tại.',
  /** Said (live region) after an action succeeded. */
  done: {
    startAppraisal: 'Đã tiếp nhận thẩm định hồ sơ.',
    return: 'Đã trả lại hồ sơ để hoàn thiện.',
    completeAppraisal: 'Đã kết thúc thẩm định hồ sơ.',
    markEligible: (name: string) => `Đã kết luận ${name} đủ điều kiện.`,
    reject: (name: string) => `Đã kết luận ${name} không đủ điều kiện.`,
    checklist: (name: string) => `Đã lưu kết quả kiểm tra tiêu chí của ${name}.`,
    comment: 'Đã gửi ý kiến.',
  },
  working: 'Đang gửi…',
  /** Someone else changed the dossier: the write was refused (412), the dossier reloaded, nothing typed lost. */
  conflict: 'Hồ sơ vừa được người khác thay đổi. Đã tải lại bản mới nhất; nội dung bạn đã nhập vẫn được giữ nguyên. Vui lòng xem lại rồi gửi lại.',
  /** A write refused for another reason; the server's words follow. */
  failed: 'Không thực hiện được.',
  /** The sections. */
  proposer: {
    title: 'Đơn vị đề nghị và người liên hệ',
    contact: 'Người liên hệ',
    position: 'Chức vụ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    noContact: 'Chưa có người liên hệ.',
    files: 'Văn bản của hồ sơ',
  },
  nominations: 'Người được đề nghị',
  nominee: {
    kind: 'Loại',
    position: 'Chức vụ',
    workplace: 'Nơi công tác',
    gender: 'Giới tính',
    genders: { female: 'Nữ', male: 'Nam' },
    dateOfBirth: 'Ngày sinh',
    headcount: 'Số thành viên',
    women: 'Số nữ',
    summary: 'Tóm tắt thành tích',
    achievements: 'Thành tích',
    period: 'Thời gian',
    description: 'Nội dung',
    noAchievements: 'Không kê khai thành tích.',
    priorAwards: 'Khen thưởng đã nhận',
    priorAward: (kind: string, year: number, decision: string) => `${kind} (${year}), quyết định số ${decision}`,
    noPriorAwards: 'Chưa nhận khen thưởng nào.',
    categories: 'Lĩnh vực thành tích',
    attested: 'Tiêu chuẩn đơn vị đề nghị xác nhận',
    noneAttested: 'Không xác nhận tiêu chuẩn nào.',
    files: 'Tài liệu kèm theo',
    reason: 'Lý do',
  },
  collectiveKinds: {
    agency: 'Cơ quan',
    unit: 'Đơn vị',
    locality: 'Địa phương',
    enterprise: 'Doanh nghiệp',
    organisation: 'Tổ chức',
    communityTeam: 'Tổ Công nghệ số cộng đồng',
  },
  /** File kinds. */
  fileKinds: {
    submissionLetter: 'Tờ trình',
    councilMinutes: 'Biên bản họp Hội đồng',
    achievementReport: 'Báo cáo thành tích',
    other: 'Tài liệu khác',
  },
  noFiles: 'Không có tài liệu.',
  download: 'Tải về',
  downloadWhat: (name: string) => ` ${name}`,
  downloading: 'Đang tải…',
  downloadFailed: (name: string) => `Không tải được ${name}.`,
  fileSize: (size: string) => `(${size})`,
  /** The criteria checklist of a nomination. */
  checklist: {
    title: 'Kiểm tra tiêu chuẩn',
    met: 'Đạt',
    notMet: 'Không đạt',
    unchecked: 'Chưa xem xét',
    note: 'Ghi chú',
    attested: 'Đơn vị đề nghị có xác nhận',
    save: 'Lưu kết quả kiểm tra',
    unsaved: 'Có thay đổi chưa lưu.',
    saved: (time: string) => `Lưu lần cuối ${time}.`,
    never: 'Chưa kiểm tra.',
    readOnly: 'Chỉ xem: kết quả kiểm tra do cán bộ thẩm định ghi.',
    unknownCriterion: (id: string) => `Tiêu chuẩn “${id}”`,
  },
  /** Comments. */
  comments: {
    title: 'Ý kiến',
    none: 'Chưa có ý kiến nào.',
    audiences: {
      internal: 'Nội bộ — chỉ cán bộ thẩm định xem',
      proposer: 'Gửi đơn vị đề nghị',
    },
    /** A comment's label, beside its audience badge. */
    about: (name: string) => `Về ${name}`,
    wholeDossier: 'Cả hồ sơ',
    add: 'Thêm ý kiến',
    text: 'Nội dung ý kiến',
    audience: 'Người được xem',
    nomination: 'Về',
    send: 'Gửi ý kiến',
    required: 'Nhập nội dung ý kiến.',
  },
  /** The history. */
  history: {
    title: 'Lịch sử hồ sơ',
    none: 'Chưa có bước nào.',
    actions: {
      created: 'Lập hồ sơ',
      updated: 'Sửa thông tin hồ sơ',
      nominationAdded: 'Thêm người được đề nghị',
      nominationUpdated: 'Sửa người được đề nghị',
      nominationRemoved: 'Bỏ người được đề nghị',
      nominationImported: 'Nhập danh sách người được đề nghị',
      fileAdded: 'Thêm tài liệu',
      fileRemoved: 'Bỏ tài liệu',
      submitted: 'Nộp hồ sơ',
      withdrawn: 'Rút hồ sơ',
      appraisalStarted: 'Tiếp nhận thẩm định',
      returned: 'Trả lại để hoàn thiện',
      resubmitted: 'Nộp lại hồ sơ',
      markedEligible: 'Kết luận đủ điều kiện',
      rejected: 'Kết luận không đủ điều kiện',
      appraisalCompleted: 'Kết thúc thẩm định',
      decisionRecorded: 'Ghi nhận quyết định khen thưởng',
      checklistUpdated: 'Cập nhật kết quả kiểm tra tiêu chuẩn',
    },
    roles: {
      reporter: 'Đơn vị báo cáo',
      proposer: 'Đơn vị đề nghị',
      appraiser: 'Cán bộ thẩm định',
      coordinator: 'Cơ quan thường trực',
      system: 'Hệ thống',
    },
    by: (who: string) => `bởi ${who}`,
    moved: (from: string, to: string) => `${from} → ${to}`,
    note: 'Ghi chú',
    reason: 'Lý do',
  },
  /** The dialogs. */
  dialog: {
    cancel: 'Hủy',
    close: 'Đóng',
    errorSummary: 'Có vấn đề cần sửa',
    returnTitle: 'Trả lại hồ sơ để hoàn thiện',
    returnIntro: 'Nêu lý do chung cho cả hồ sơ, hoặc chọn người được đề nghị cần bổ sung và nêu lý do riêng cho từng người.',
    returnReason: 'Lý do chung',
    returnWhich: 'Người được đề nghị cần bổ sung',
    returnWhichHint: 'Không chọn ai: trả lại mọi người chưa có kết luận, với lý do chung.',
    ownReason: (name: string) => `Lý do riêng của ${name}`,
    ownReasonHint: 'Bỏ trống để dùng lý do chung.',
    returnSubmit: 'Trả lại hồ sơ',
    rejectTitle: (name: string) => `Kết luận ${name} không đủ điều kiện`,
    rejectReason: 'Lý do không đủ điều kiện',
    rejectSubmit: 'Kết luận không đủ điều kiện',
    eligibleTitle: (name: string) => `Kết luận ${name} đủ điều kiện, trình Chủ tịch`,
    eligibleNote: 'Ghi chú (không bắt buộc)',
    eligibleSubmit: 'Kết luận đủ điều kiện',
    completeTitle: 'Kết thúc thẩm định',
    completeIntro: (eligible: number, rejected: number) =>
      `${eligible} người đủ điều kiện, ${rejected} người không đủ điều kiện. Sau khi kết thúc, các kết luận không sửa được nữa.`,
    undecided: (count: number) => `Còn ${count} người được đề nghị chưa có kết luận.`,
    completeNote: 'Ghi chú (không bắt buộc)',
    completeSubmit: 'Kết thúc thẩm định',
    /** Field errors. */
    reasonRequired: 'Nhập lý do.',
    returnReasonRequired: 'Nhập lý do chung, hoặc chọn người cần bổ sung và nêu lý do riêng.',
    ownReasonRequired: (name: string) => `Nhập lý do riêng của ${name}, hoặc lý do chung.`,
  },
  /** A nomination named in a sentence. */
  unnamed: 'người được đề nghị',
};
