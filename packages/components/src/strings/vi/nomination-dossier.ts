/** "Hồ sơ BN2026-BK-0042" inside a sentence: its first letter only lowered (a reference stays as written). */
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/**
 * What `<nomination-list>` says about a submitted dossier under its row (the
 * catalogue's `nominationDossier` namespace, loaded with that part): why it
 * was returned, the appraisers' messages, the outcome, the history, and the
 * resubmission of a returned one. The statuses' words are `nominationList`'s.
 */
export const nominationDossier = {
  /** The button that shows or hides a dossier's details; `detailsOf` is read after it by a screen reader. */
  details: 'Lý do, ý kiến và lịch sử',
  detailsOf: (name: string) => ` của ${inSentence(name)}`,
  detailsLoading: 'Đang tải chi tiết hồ sơ…',
  detailsFailed: 'Không tải được chi tiết hồ sơ.',
  retry: 'Thử lại',
  returnedTitle: 'Hồ sơ được trả lại để bổ sung',
  /** The reason given for the whole dossier. */
  returnReason: 'Lý do chung',
  /** Nominations returned with reasons of their own. */
  nominationReasons: 'Lý do đối với từng người được đề nghị',
  messages: 'Ý kiến của cơ quan thẩm định gửi đơn vị',
  rejected: 'Không đủ điều kiện',
  awarded: 'Đã được khen thưởng',
  /** An awarded nomination's decision. */
  decision: (number: string, date: string, signer: string) => `Quyết định số ${number} ngày ${date}${signer ? ` của ${signer}` : ''}`,
  history: 'Lịch sử hồ sơ',
  /** A step of the history, as the proposing unit reads it. */
  actions: {
    created: 'Tạo hồ sơ',
    updated: 'Sửa thông tin hồ sơ',
    nominationAdded: 'Thêm người được đề nghị',
    nominationUpdated: 'Sửa thông tin người được đề nghị',
    nominationRemoved: 'Xóa người được đề nghị',
    nominationImported: 'Nhập danh sách người được đề nghị',
    fileAdded: 'Thêm tệp minh chứng',
    fileRemoved: 'Xóa tệp minh chứng',
    submitted: 'Gửi hồ sơ',
    withdrawn: 'Rút hồ sơ',
    appraisalStarted: 'Bắt đầu thẩm định',
    returned: 'Trả lại để bổ sung',
    resubmitted: 'Gửi lại hồ sơ',
    markedEligible: 'Xác định đủ điều kiện',
    rejected: 'Xác định không đủ điều kiện',
    appraisalCompleted: 'Hoàn thành thẩm định',
    decisionRecorded: 'Có quyết định khen thưởng',
    checklistUpdated: 'Cập nhật phiếu thẩm định',
  },
  /** Who took a step, when no unit names it. */
  roles: { reporter: 'Đơn vị báo cáo', proposer: 'Đơn vị đề nghị', appraiser: 'Cơ quan thẩm định', coordinator: 'Cơ quan thường trực', system: 'Hệ thống' },
  reason: 'Lý do',
  note: 'Ghi chú',
  /** Resubmitting a returned dossier: the button, its hint, the confirmation dialog and what follows. */
  resubmit: 'Gửi lại hồ sơ',
  resubmitHint: 'Sau khi bổ sung hồ sơ theo các lý do trên, hãy gửi lại để cơ quan thẩm định xem xét tiếp.',
  confirmTitle: (name: string) => `Gửi lại ${inSentence(name)}?`,
  confirmText:
    'Hồ sơ sẽ được gửi lại cho cơ quan thẩm định. Sau khi gửi, đơn vị không sửa được hồ sơ cho đến khi có kết quả thẩm định hoặc hồ sơ lại được trả về.',
  noteLabel: 'Ghi chú cho cơ quan thẩm định (không bắt buộc)',
  noteHint: 'Nêu ngắn gọn những gì đã bổ sung, sửa; tối đa 2.000 ký tự.',
  confirm: 'Gửi lại',
  cancel: 'Hủy',
  resubmitting: 'Đang gửi lại…',
  resubmitted: (name: string) => `Đã gửi lại ${inSentence(name)} cho cơ quan thẩm định.`,
  /** 412: the dossier changed since the page loaded it. */
  stale:
    'Hồ sơ đã thay đổi kể từ khi trang tải nó (có thể vừa được sửa ở cửa sổ khác hoặc bởi người khác). Chi tiết mới nhất đã được tải lại: hãy xem lại rồi gửi lại.',
  /** 409: no longer returned (resubmitted elsewhere, or the appraisers took it back). */
  notReturned: 'Hồ sơ không còn ở trạng thái “trả lại để bổ sung” nên không gửi lại được. Trạng thái mới nhất đã được tải lại.',
  resubmitFailed: 'Không gửi lại được hồ sơ.',
};
