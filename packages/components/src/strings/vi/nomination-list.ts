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
};
