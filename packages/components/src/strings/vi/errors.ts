/**
 * The kit's one error state (`shared/errors.ts`): why loading failed, in words
 * a portal's reader can act on. `indicator`, `campaign`, `ranking` and
 * `nominations` (a unit's dossiers), `appraisals` (the appraisers' queue), `appraisal` (one dossier under appraisal),
 * `awards` (a campaign's awardees) and `featuredModels` (its exemplary models) name what was being loaded.
 */
export const errors = {
  title: {
    indicator: 'Không tải được số liệu',
    campaign: 'Không tải được số liệu',
    ranking: 'Không tải được bảng xếp hạng',
    nominations: 'Không tải được danh sách hồ sơ đề nghị',
    appraisals: 'Không tải được danh sách hồ sơ cần thẩm định',
    appraisal: 'Không tải được hồ sơ',
    awards: 'Không tải được danh sách khen thưởng',
    featuredModels: 'Không tải được các điển hình tiên tiến',
  },
  retry: 'Thử lại',
  requestId: (id: string) => `Mã yêu cầu: ${id}`,
  noApi: 'Chưa cấu hình địa chỉ máy chủ dữ liệu (api-base).',
  noCampaign: 'Chưa chỉ định phong trào thi đua (campaign).',
  /** 401: no token, or one the server does not know (revoked, mistyped). */
  unauthorized: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi. Vui lòng liên hệ đơn vị quản lý để được cấp lại.',
  /** 403: a valid token without the right to this (another unit's dossiers, a reporter's token). */
  forbidden: 'Mã truy cập không có quyền xem nội dung này (đơn vị hoặc vai trò khác).',
  notFound: {
    indicator: (id: string) => `Không tìm thấy chỉ tiêu "${id}".`,
    campaign: (id: string) => `Không tìm thấy phong trào thi đua "${id}" hoặc đơn vị được chọn.`,
    ranking: (campaign: string, metric: string) => `Không tìm thấy phong trào “${campaign}” hoặc chỉ số xếp hạng “${metric}”.`,
    nominations: (campaign: string) => `Không tìm thấy phong trào thi đua "${campaign}".`,
    appraisals: (campaign: string) => `Không tìm thấy phong trào thi đua "${campaign}".`,
    /** A dossier that does not exist, or that the token's unit does not appraise. */
    appraisal: (_proposal: string) => 'Không tìm thấy hồ sơ này trong số hồ sơ đơn vị được giao thẩm định.',
    awards: (campaign: string) => `Không tìm thấy phong trào thi đua "${campaign}" hoặc đợt khen thưởng được chọn.`,
    featuredModels: (campaign: string) => `Không tìm thấy phong trào thi đua "${campaign}".`,
  },
  invalid: {
    indicator: (id: string) => `Mã chỉ tiêu "${id}" không hợp lệ.`,
    campaign: (id: string) => `Mã phong trào "${id}" hoặc mã đơn vị không hợp lệ.`,
    ranking: (_campaign: string) => 'Tham số của bảng xếp hạng không hợp lệ (phong trào, chỉ số, năm hoặc nhóm).',
    nominations: (_campaign: string) => 'Bộ lọc không hợp lệ (phong trào, đợt, trạng thái hoặc đơn vị).',
    appraisals: (_campaign: string) => 'Bộ lọc không hợp lệ (phong trào, đợt, hình thức, đơn vị, trạng thái hoặc thời hạn).',
    appraisal: (_proposal: string) => 'Mã hồ sơ không hợp lệ.',
    awards: (_campaign: string) => 'Mã phong trào hoặc mã đợt khen thưởng không hợp lệ.',
    featuredModels: (_campaign: string) => 'Mã phong trào hoặc lĩnh vực không hợp lệ.',
  },
  server: (status: number) => `Máy chủ dữ liệu báo lỗi (mã ${status}). Vui lòng thử lại sau.`,
  timeout: 'Máy chủ dữ liệu không phản hồi kịp. Vui lòng thử lại.',
  invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc.',
  network: 'Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.',
};
