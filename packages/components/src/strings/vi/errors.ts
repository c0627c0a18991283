/**
 * The kit's one error state (`shared/errors.ts`): why loading failed, in words
 * a portal's reader can act on. `indicator`, `campaign` and `ranking` name
 * what was being loaded.
 */
export const errors = {
  title: { indicator: 'Không tải được số liệu', campaign: 'Không tải được số liệu', ranking: 'Không tải được bảng xếp hạng' },
  retry: 'Thử lại',
  requestId: (id: string) => `Mã yêu cầu: ${id}`,
  noApi: 'Chưa cấu hình địa chỉ máy chủ dữ liệu (api-base).',
  noCampaign: 'Chưa chỉ định phong trào thi đua (campaign).',
  notFound: {
    indicator: (id: string) => `Không tìm thấy chỉ tiêu "${id}".`,
    campaign: (id: string) => `Không tìm thấy phong trào thi đua "${id}" hoặc đơn vị được chọn.`,
    ranking: (campaign: string, metric: string) => `Không tìm thấy phong trào “${campaign}” hoặc chỉ số xếp hạng “${metric}”.`,
  },
  invalid: {
    indicator: (id: string) => `Mã chỉ tiêu "${id}" không hợp lệ.`,
    campaign: (id: string) => `Mã phong trào "${id}" hoặc mã đơn vị không hợp lệ.`,
    ranking: (_campaign: string) => 'Tham số của bảng xếp hạng không hợp lệ (phong trào, chỉ số, năm hoặc nhóm).',
  },
  server: (status: number) => `Máy chủ dữ liệu báo lỗi (mã ${status}). Vui lòng thử lại sau.`,
  timeout: 'Máy chủ dữ liệu không phản hồi kịp. Vui lòng thử lại.',
  invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc.',
  network: 'Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.',
};
