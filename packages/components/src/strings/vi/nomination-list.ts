/** "Hồ sơ BN2026-BK-0042" inside a sentence: its first letter only lowered (a reference stays as written). */
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/**
 * What `<nomination-list>` says (the catalogue's `nominationList` namespace):
 * a proposing unit's dossiers, their statuses, filters and pager. The error
 * state's words are the `errors` namespace.
 */
export const nominationList = {
  /** The table's caption, unless the page gives its own (`label`). */
  caption: 'Hồ sơ đề nghị khen thưởng của đơn vị',
  loading: 'Đang tải hồ sơ đề nghị…',
  /** The name of the group of filters. */
  filters: 'Lọc hồ sơ đề nghị',
  round: 'Đợt khen thưởng',
  allRounds: 'Tất cả các đợt',
  status: 'Trạng thái',
  allStatuses: 'Tất cả trạng thái',
  clearFilters: 'Xóa bộ lọc',
  columns: {
    reference: 'Số hồ sơ',
    nominee: 'Người được đề nghị',
    /** The award, and under it the round. */
    award: 'Hình thức, đợt khen thưởng',
    status: 'Trạng thái',
    updated: 'Cập nhật lần cuối',
    open: 'Hồ sơ',
  },
  /** A proposal's and a nomination's status, in the order a dossier goes through them. */
  statuses: {
    draft: 'Bản nháp',
    submitted: 'Đã gửi',
    withdrawn: 'Đã rút',
    underAppraisal: 'Đang thẩm định',
    returned: 'Trả lại để bổ sung',
    resubmitted: 'Đã gửi lại',
    appraised: 'Đã thẩm định xong',
    eligible: 'Đủ điều kiện',
    rejected: 'Không đủ điều kiện',
    awarded: 'Đã được khen thưởng',
  },
  /** Who a nomination is for. */
  groups: {
    collective: 'Tập thể',
    individual: 'Cá nhân',
    communityTeam: 'Tổ Công nghệ số cộng đồng',
    communityTeamMember: 'Thành viên Tổ Công nghệ số cộng đồng',
  },
  /** A proposal not yet submitted has no reference: it is named by when it was started. */
  draftName: (created: string) => `Bản nháp tạo ${created}`,
  /** A nomination of a draft: references are given on submission. */
  noReference: 'Chưa có số',
  /** The proposal's row: how many nominees, of which kinds. */
  nomineeCount: (total: number, individuals: number, collectives: number) =>
    total === 0
      ? 'Chưa có người được đề nghị'
      : `${total} người được đề nghị` + (individuals && collectives ? ` (${individuals} cá nhân, ${collectives} tập thể)` : ''),
  /** A round the catalog no longer lists. */
  unknownRound: (id: string) => `Đợt “${id}”`,
  /** The link that opens a draft in the form; `what` is read after it by a screen reader. */
  continue: 'Tiếp tục',
  continueWhat: (name: string) => ` soạn ${inSentence(name)}`,
  /** The link that opens a submitted proposal to read. */
  view: 'Xem',
  viewWhat: (name: string) => ` ${inSentence(name)}`,
  /** A submitted proposal, as the links name it. */
  proposalName: (reference: string) => `Hồ sơ ${reference}`,
  /** The count above the table, said by screen readers when it changes. */
  shown: (count: number, more: boolean) =>
    more ? `Đang hiển thị ${count} hồ sơ mới nhất, còn hồ sơ cũ hơn.` : `${count} hồ sơ đề nghị.`,
  /** Said after "load more", before the count. */
  loadedMore: (count: number) => `Đã tải thêm ${count} hồ sơ.`,
  more: 'Xem thêm hồ sơ cũ hơn',
  loadingMore: 'Đang tải thêm…',
  moreFailed: 'Không tải thêm được hồ sơ.',
  /** Under a proposal with more nominees than shown. */
  moreNominees: (remaining: number) => `Xem thêm ${remaining} người được đề nghị`,
  moreNomineesOf: (name: string) => ` của ${inSentence(name)}`,
  loadedMoreNominees: (count: number, name: string) => `Đã tải thêm ${count} người được đề nghị của ${inSentence(name)}.`,
  moreNomineesFailed: 'Không tải được những người được đề nghị còn lại.',
  empty: 'Đơn vị chưa có hồ sơ đề nghị khen thưởng nào.',
  noMatch: 'Không có hồ sơ nào khớp bộ lọc đã chọn.',
  // ——— A submitted dossier's reasons, messages and history; resubmitting a returned one ———
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
