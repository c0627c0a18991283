/**
 * The demo's seeded dossiers and results, made through the API like any officer's (so each is
 * stored, referenced, appraised and recorded in the history the same way as a real one), and
 * only when absent: a demo restarted over the same data directory keeps what it had.
 *
 * - The ward's one submitted dossier in the trial round (open today), so its list is not empty.
 * - Round 1 (`bn2026-dot-1`, Digital Transformation Day 10/10/2025, dossiers Aug–Sep 2025):
 *   proposals of wards, a commune, departments and the Office of the Provincial People's
 *   Committee, appraised by Sở Khoa học và Công nghệ (some returned and resubmitted, one
 *   nominee rejected with its reason), the Chairman's decision recorded and three awardees
 *   featured as exemplary models, each with a photo and its text alternative.
 *
 * Everything is marked "(minh họa)": demo data, not real dossiers or people.
 */
import { deflateSync } from 'node:zlib';
import { issueToken } from '../packages/server/dist/index.js';
import { createClient } from '../packages/sdk/dist/index.js';
import { nomineeGroup } from '../packages/schemas/dist/index.js';

export const CAMPAIGN = 'bn2026';
export const ROUND_1 = 'bn2026-dot-1';
export const TRIAL_ROUND = 'bn2026-demo';
export const BANG_KHEN = 'bang-khen-chu-tich-ubnd-tinh';
export const APPRAISING_UNIT = 'so-khoa-hoc-cong-nghe';

/** The Chairman's decision that awarded round 1 (demo data). */
export const ROUND_1_DECISION = {
  number: '2150/QĐ-UBND',
  signedOn: '2025-10-08',
  signer: { name: 'Nguyễn Văn Thành (minh họa)', title: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH' },
};

/** An appraisers' internal comment on a round-1 dossier: never shown to the proposer or published. */
export const ROUND_1_INTERNAL_COMMENT = 'Ghi chú nội bộ (minh họa): đã đối chiếu với Sở Nội vụ, thống nhất không đề nghị trường hợp ông Lê Văn Đức.';

/** A file the server recognises as a PDF from its first bytes: demo evidence, nothing in it. */
export const demoPdf = (name) => new File([`%PDF-1.7\n% ${name} (minh họa)\n%%EOF\n`], name, { type: 'application/pdf' });

/**
 * A real PNG drawn in code (no image library, no file in the repository): a flat illustration —
 * sky, ground, a building with windows and a screen — in the colours given, 480 × 360. What it
 * shows is what the photo's text alternative says.
 */
export function illustrationPng({ sky, ground, building, screen }, width = 480, height = 360) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const horizon = Math.round(height * 0.72);
  const body = { x0: Math.round(width * 0.22), x1: Math.round(width * 0.78), y0: Math.round(height * 0.3) };
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      let rgb;
      const inBody = x >= body.x0 && x < body.x1 && y >= body.y0 && y < horizon;
      const roof = y >= body.y0 - 30 && y < body.y0 && Math.abs(x - width / 2) < (width * 0.3 * (y - body.y0 + 30)) / 30;
      const window = inBody && (x - body.x0) % 44 > 14 && (x - body.x0) % 44 < 34 && (y - body.y0) % 40 > 12 && (y - body.y0) % 40 < 30;
      const onScreen = x >= width * 0.4 && x < width * 0.6 && y >= horizon - 70 && y < horizon - 20;
      if (onScreen) rgb = screen;
      else if (window) rgb = [0xf5, 0xf0, 0xd8];
      else if (inBody || roof) rgb = building;
      else if (y >= horizon) rgb = ground.map((c) => Math.max(0, c - Math.round(((y - horizon) / (height - horizon)) * 30)));
      else rgb = sky.map((c) => Math.min(255, c + Math.round((y / horizon) * 40)));
      raw.set(rgb, row + 1 + x * 3);
    }
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

/** The ward whose "Đề nghị khen thưởng" page the demo shows. */
export const DEMO_UNIT = 'phuong-kinh-bac';

/**
 * One submitted proposal of the ward in the trial round, so that its list is not empty on
 * first sight; only when the ward has no proposal yet.
 */
export async function seedWardDossier(baseUrl, token) {
  const client = createClient({ baseUrl, token });
  const existing = await client.nominations.listProposals({ limit: 1 });
  if (existing.items.length > 0) return;
  let { proposal, etag } = await client.nominations.createProposal({
    campaignId: CAMPAIGN,
    roundId: TRIAL_ROUND,
    awardTypeId: BANG_KHEN,
    proposingUnitId: DEMO_UNIT,
  });
  const step = async (write) => ({ proposal, etag } = await write());
  await step(() =>
    client.nominations.updateProposal(
      proposal.id,
      { contact: { name: 'Trần Văn Minh (minh họa)', position: 'Chuyên viên Văn phòng HĐND và UBND phường', phone: '0222 3800 000', email: 'demo@example.invalid' } },
      { etag },
    ),
  );
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('to-trinh-minh-hoa.pdf'), { kind: 'submissionLetter' }));
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bien-ban-hoi-dong-minh-hoa.pdf'), { kind: 'councilMinutes' }));
  await step(() =>
    client.nominations.add(
      proposal.id,
      {
        nominee: { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố Đọ Xá (minh họa)', kind: 'communityTeam', headcount: 6, women: 3 },
        achievementCategoryIds: ['community-teams'],
        summary: 'Dữ liệu minh họa: hướng dẫn người dân trong khu phố cài đặt và dùng VNeID mức 2, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
        achievements: [{ period: 'Năm 2026', description: 'Dữ liệu minh họa: tổ chức các buổi hướng dẫn dịch vụ công trực tuyến tại nhà văn hoá khu phố.' }],
        priorAwards: [],
        attestedCriterionIds: ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich'],
      },
      { etag },
    ),
  );
  const nominationId = proposal.nominations[0].id;
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bao-cao-thanh-tich-minh-hoa.pdf'), { kind: 'achievementReport', nominationId }));
  await client.nominations.submit(proposal.id, { etag });
}

// ——— Round 1 ———

const person = (familyName, middleName, givenName, gender, dateOfBirth, position, workplace) => ({
  type: 'individual',
  familyName,
  middleName,
  givenName: `${givenName} (minh họa)`,
  gender,
  dateOfBirth,
  position,
  workplace,
});

/**
 * Round 1's dossiers: who proposed whom, and what the appraisal found. `outcome` is the
 * appraiser's finding per nominee; `returned` a return for completion before it (a reason for
 * the dossier, or one per nominee), answered by a resubmission.
 */
const ROUND_1_DOSSIERS = [
  {
    unit: 'phuong-tu-son',
    officer: 'Cán bộ UBND phường Từ Sơn (minh họa)',
    contact: { name: 'Đỗ Thị Lan (minh họa)', position: 'Công chức Văn phòng - Thống kê', phone: '0222 3831 247', email: 'lan.tuson@example.invalid' },
    returned: { reason: 'Biên bản họp Hội đồng Thi đua – Khen thưởng phường chưa có chữ ký của Chủ tịch Hội đồng; đề nghị bổ sung bản có đủ chữ ký.' },
    nominees: [
      {
        nominee: { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố Đình Bảng 3, phường Từ Sơn (minh họa)', kind: 'communityTeam', headcount: 9, women: 7 },
        categories: ['community-teams'],
        summary: 'Hướng dẫn 1.460 hộ dân cài đặt, kích hoạt VNeID mức 2 và nộp hồ sơ dịch vụ công trực tuyến toàn trình.',
        outcome: 'eligible',
        feature: {
          categoryId: 'community-teams',
          narrative:
            'Tổ Công nghệ số cộng đồng khu phố Đình Bảng 3 có 9 thành viên, 7 người là phụ nữ, phần lớn là hội viên Hội Phụ nữ và đoàn viên thanh niên của khu phố.\n\nTrong 8 tháng đầu năm 2025, Tổ đã đến từng hộ hướng dẫn 1.460 hộ dân cài đặt và kích hoạt tài khoản định danh điện tử VNeID mức 2, mở “Góc dịch vụ công” tại nhà văn hoá vào tối thứ Năm hằng tuần, giúp người cao tuổi nộp hồ sơ trực tuyến toàn trình và thanh toán không dùng tiền mặt tại chợ Đình Bảng.\n\n(Câu chuyện minh họa — dữ liệu demo.)',
          photo: { colours: { sky: [0x6c, 0xa8, 0xd8], ground: [0x5a, 0x9a, 0x4a], building: [0xb8, 0x3a, 0x2e], screen: [0x1f, 0x4e, 0x8c] } },
          alt: 'Hình minh họa (không phải ảnh chụp): nhà văn hoá mái đỏ dưới trời xanh, trước cửa đặt một màn hình lớn.',
        },
      },
      {
        nominee: person('Nguyễn', 'Thị Thanh', 'Hương', 'female', '1984-06-12', 'Phó Chủ tịch UBND phường', 'UBND phường Từ Sơn'),
        categories: ['leadership'],
        summary: 'Chỉ đạo số hoá 100% hồ sơ thủ tục hành chính còn hiệu lực của phường; tỷ lệ hồ sơ trực tuyến toàn trình đạt 94%.',
        outcome: 'eligible',
      },
    ],
  },
  {
    unit: 'so-y-te',
    officer: 'Cán bộ Văn phòng Sở Y tế (minh họa)',
    contact: { name: 'Phạm Minh Tuấn (minh họa)', position: 'Chuyên viên Văn phòng Sở', phone: '0222 3822 615', email: 'tuan.syt@example.invalid' },
    nominees: [
      {
        nominee: { type: 'collective', name: 'Phòng Công nghệ thông tin và Chuyển đổi số, Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh (minh họa)', kind: 'unit', headcount: 12, women: 5 },
        categories: ['infrastructure'],
        summary: 'Triển khai hồ sơ sức khỏe điện tử cho 1,1 triệu người dân, kết nối dữ liệu tiêm chủng với Cơ sở dữ liệu quốc gia về dân cư.',
        outcome: 'eligible',
        feature: {
          categoryId: 'infrastructure',
          narrative:
            'Phòng Công nghệ thông tin và Chuyển đổi số của Trung tâm Kiểm soát bệnh tật tỉnh đã đưa hồ sơ sức khỏe điện tử đến 1,1 triệu người dân, kết nối dữ liệu tiêm chủng của 126 trạm y tế với Cơ sở dữ liệu quốc gia về dân cư, để người dân xem lịch sử tiêm chủng ngay trên VNeID.\n\nPhòng cũng xây dựng bản đồ số giám sát dịch bệnh dùng chung cho các xã, phường, cập nhật hằng ngày.\n\n(Câu chuyện minh họa — dữ liệu demo.)',
          photo: { colours: { sky: [0x8f, 0xc3, 0xe0], ground: [0x9a, 0xa0, 0xa6], building: [0xe8, 0xee, 0xf2], screen: [0x0b, 0x6e, 0x4f] } },
          alt: 'Hình minh họa (không phải ảnh chụp): toà nhà trắng nhiều cửa sổ, trước sân có một màn hình xanh lục.',
        },
      },
      {
        nominee: person('Trần', 'Quang', 'Vinh', 'male', '1979-02-03', 'Trưởng phòng Kế hoạch – Tài chính', 'Sở Y tế tỉnh Bắc Ninh'),
        categories: ['resources'],
        summary: 'Tham mưu bố trí kinh phí và triển khai thanh toán viện phí không dùng tiền mặt tại 100% bệnh viện tuyến tỉnh.',
        outcome: 'eligible',
      },
    ],
  },
  {
    unit: 'xa-gia-binh',
    officer: 'Cán bộ UBND xã Gia Bình (minh họa)',
    contact: { name: 'Vũ Văn Khải (minh họa)', position: 'Công chức Văn hóa - Xã hội', phone: '0222 3868 102', email: 'khai.giabinh@example.invalid' },
    nominees: [
      {
        nominee: person('Hoàng', 'Thị Ngọc', 'Ánh', 'female', '1991-09-27', 'Công chức Văn hóa - Xã hội', 'UBND xã Gia Bình'),
        categories: ['skills-training'],
        summary: 'Mở 36 lớp “Bình dân học vụ số” cho 1.200 người dân, hội viên nông dân và người cao tuổi trong xã.',
        outcome: 'eligible',
        feature: {
          categoryId: 'skills-training',
          narrative:
            'Chị Hoàng Thị Ngọc Ánh, công chức Văn hóa - Xã hội xã Gia Bình, đã mở 36 lớp “Bình dân học vụ số” ngay tại các nhà văn hoá thôn, dạy 1.200 người dân, hội viên nông dân và người cao tuổi dùng điện thoại thông minh để nộp hồ sơ trực tuyến, bán nông sản trên sàn thương mại điện tử và nhận biết lừa đảo qua mạng.\n\nNhiều học viên lớn tuổi nay tự làm được thủ tục đăng ký khai sinh cho cháu trên Cổng Dịch vụ công.\n\n(Câu chuyện minh họa — dữ liệu demo.)',
          photo: { colours: { sky: [0xf2, 0xc0, 0x7a], ground: [0x7d, 0xa8, 0x3c], building: [0xd9, 0x8a, 0x2b], screen: [0x2d, 0x3a, 0x8c] } },
          alt: 'Hình minh họa (không phải ảnh chụp): lớp học mái cam giữa cánh đồng xanh lúc hoàng hôn, bên trong có một màn hình.',
        },
      },
      {
        nominee: person('Lê', 'Văn', 'Đức', 'male', '1987-12-15', 'Trưởng thôn Đông Bình', 'UBND xã Gia Bình'),
        categories: ['community-teams'],
        summary: 'Vận động các hộ trong thôn cài đặt ứng dụng VNeID.',
        outcome: 'rejected',
        rejectReason:
          'Thành tích chưa tiêu biểu so với tiêu chuẩn tại mục V.1 Kế hoạch: báo cáo chưa nêu kết quả định lượng vượt trội so với các thôn khác trong xã.',
      },
    ],
  },
  {
    unit: 'van-phong-ubnd-tinh',
    officer: 'Cán bộ Văn phòng UBND tỉnh (minh họa)',
    contact: { name: 'Ngô Thu Trang (minh họa)', position: 'Chuyên viên Phòng Hành chính - Tổ chức', phone: '0222 3822 330', email: 'trang.vp@example.invalid' },
    returned: {
      perNominee: [
        { index: 1, reason: 'Báo cáo thành tích của cá nhân chưa có xác nhận của Thủ trưởng đơn vị; đề nghị bổ sung.' },
      ],
    },
    nominees: [
      {
        nominee: { type: 'collective', name: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh (minh họa)', kind: 'unit', headcount: 48, women: 30 },
        categories: ['leadership'],
        summary: 'Dẫn đầu tỉnh về tỷ lệ hồ sơ trực tuyến toàn trình (97,2%) và mức độ hài lòng của người dân (98,6%).',
        outcome: 'eligible',
      },
      {
        nominee: person('Nguyễn', 'Hoàng Bảo Ngọc', 'Trâm', 'female', '1993-04-08', 'Chuyên viên Bộ phận tiếp nhận và trả kết quả', 'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh'),
        categories: ['priority-fields'],
        summary: 'Xây dựng quy trình số hoá kết quả giải quyết thủ tục hành chính, trả kết quả điện tử cho 41.000 hồ sơ.',
        outcome: 'eligible',
      },
    ],
  },
];

/** The criteria a proposing unit attests for a nominee: every one of the campaign that applies to its group. */
const criteriaFor = (catalog, nominee) => catalog.campaigns.find((c) => c.id === CAMPAIGN).nominations.criteria.filter((c) => c.appliesTo.includes(nomineeGroup(nominee))).map((c) => c.id);

/**
 * Round 1, when absent (no dossier of the round in the coordinator's queue). Its dates are in
 * the past, so the server's clock is moved (`setClock`) to each step's day: proposals made and
 * submitted in the dossier window, appraised in September, the decision recorded after it was
 * signed, the models featured after the ceremony. The clock is given back to real time at the
 * end, whatever happens.
 */
export async function seedRound1({ baseUrl, db, catalog, coordinatorToken, appraiserToken, setClock }) {
  const coordinator = createClient({ baseUrl, token: coordinatorToken });
  const existing = await coordinator.appraisals.list({ roundId: ROUND_1, limit: 1 });
  if (existing.items.length > 0) return false;
  const appraiser = createClient({ baseUrl, token: appraiserToken });
  const at = (iso) => setClock(new Date(iso));
  try {
    // 1. Each unit proposes and submits in the dossier window (15/08 – 15/09/2025).
    at('2025-08-20T02:00:00Z');
    const dossiers = [];
    for (const [i, plan] of ROUND_1_DOSSIERS.entries()) {
      at(`2025-08-${String(20 + i).padStart(2, '0')}T02:30:00Z`);
      const { token } = await issueToken(db, { name: plan.officer, role: 'proposer', unitIds: [plan.unit] });
      const client = createClient({ baseUrl, token });
      let { proposal, etag } = await client.nominations.createProposal({ campaignId: CAMPAIGN, roundId: ROUND_1, awardTypeId: BANG_KHEN, proposingUnitId: plan.unit, contact: plan.contact });
      const step = async (write) => ({ proposal, etag } = await write());
      await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('to-trinh-de-nghi-minh-hoa.pdf'), { kind: 'submissionLetter' }));
      await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bien-ban-hoi-dong-minh-hoa.pdf'), { kind: 'councilMinutes' }));
      for (const n of plan.nominees) {
        await step(() =>
          client.nominations.add(
            proposal.id,
            {
              nominee: n.nominee,
              achievementCategoryIds: n.categories,
              summary: n.summary,
              achievements: [{ period: '01/2025 – 07/2025', description: `${n.summary} (Dữ liệu minh họa.)` }],
              priorAwards: [],
              attestedCriterionIds: criteriaFor(catalog, n.nominee),
            },
            { etag },
          ),
        );
      }
      for (const n of proposal.nominations) {
        await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bao-cao-thanh-tich-minh-hoa.pdf'), { kind: 'achievementReport', nominationId: n.id }));
      }
      await step(() => client.nominations.submit(proposal.id, { etag }));
      dossiers.push({ plan, client, id: proposal.id, nominationIds: proposal.nominations.map((n) => n.id) });
    }

    // 2. Sở KH&CN takes each into appraisal; returns two for completion, which their units resubmit.
    for (const d of dossiers) {
      at('2025-08-27T03:00:00Z');
      let { etag } = await appraiser.appraisals.get(d.id);
      ({ etag } = await appraiser.appraisals.act(d.id, { type: 'startAppraisal' }, { etag }));
      if (!d.plan.returned) continue;
      const { reason, perNominee } = d.plan.returned;
      const action = perNominee
        ? { type: 'return', nominations: perNominee.map((r) => ({ nominationId: d.nominationIds[r.index], reason: r.reason })) }
        : { type: 'return', reason };
      await appraiser.appraisals.act(d.id, action, { etag });
      at('2025-09-03T08:00:00Z');
      // What was returned, completed: the unit adds the document asked for.
      const corrected = await d.client.nominations.uploadEvidence(d.id, demoPdf('bo-sung-theo-yeu-cau-minh-hoa.pdf'), {
        kind: perNominee ? 'achievementReport' : 'councilMinutes',
        ...(perNominee ? { nominationId: d.nominationIds[perNominee[0].index] } : {}),
      });
      await d.client.nominations.resubmit(d.id, { etag: corrected.etag });
      at('2025-09-04T02:00:00Z');
      ({ etag } = await appraiser.appraisals.get(d.id));
      await appraiser.appraisals.act(d.id, { type: 'startAppraisal' }, { etag });
    }

    // 3. Each nominee found eligible, or not with its reason; the appraisal completed.
    at('2025-09-22T03:00:00Z');
    // An internal note the proposing unit never sees (nor the public): the scan looks for it.
    const gb = dossiers.find((d) => d.plan.unit === 'xa-gia-binh');
    await appraiser.appraisals.comment(gb.id, { text: ROUND_1_INTERNAL_COMMENT, audience: 'internal' });
    for (const d of dossiers) {
      let { etag } = await appraiser.appraisals.get(d.id);
      for (const [i, n] of d.plan.nominees.entries()) {
        const nominationId = d.nominationIds[i];
        // The checklist as the appraiser filled it: every criterion met, but the achievement of a rejected nominee.
        const criteria = criteriaFor(catalog, n.nominee).map((criterionId) =>
          n.outcome === 'rejected' && /thanh-tich$/.test(criterionId) ? { criterionId, met: false, note: n.rejectReason } : { criterionId, met: true },
        );
        ({ etag } = await appraiser.appraisals.updateChecklist(d.id, nominationId, { criteria }, { etag }));
        const action = n.outcome === 'eligible' ? { type: 'markEligible', nominationId } : { type: 'reject', nominationId, reason: n.rejectReason };
        ({ etag } = await appraiser.appraisals.act(d.id, action, { etag }));
      }
      await appraiser.appraisals.act(d.id, { type: 'completeAppraisal' }, { etag });
    }

    // 4. The Chairman's decision, recorded by the coordinator the day after it was signed.
    at('2025-10-09T02:00:00Z');
    const list = await coordinator.rounds.proposedList(ROUND_1, { awardTypeId: BANG_KHEN });
    const decision = await coordinator.decisions.record(ROUND_1, {
      decision: ROUND_1_DECISION,
      awardTypeId: BANG_KHEN,
      nominationIds: list.items.filter((item) => item.status === 'eligible').map((item) => item.nominationId),
      citation: 'Đã có thành tích xuất sắc trong phong trào thi đua “Chuyển đổi số trên địa bàn tỉnh Bắc Ninh”, đợt 1 năm 2025',
    });

    // 5. Three awardees featured as exemplary models, each with its story and photo.
    at('2025-10-13T03:00:00Z');
    for (const d of dossiers) {
      for (const [i, n] of d.plan.nominees.entries()) {
        if (!n.feature) continue;
        const award = decision.awards.find((a) => a.nominationId === d.nominationIds[i]);
        await coordinator.featuredModels.feature(award.id, { categoryId: n.feature.categoryId, narrative: n.feature.narrative }, { etag: '*' });
        const photo = new File([illustrationPng(n.feature.photo.colours)], 'anh-minh-hoa.png', { type: 'image/png' });
        await coordinator.featuredModels.uploadPhoto(award.id, photo, { alt: n.feature.alt });
      }
    }
    return true;
  } finally {
    setClock(undefined);
  }
}

/** The personal data of round 1's nominees and contacts, which no public page or answer may show (the e2e test looks for it). */
export function round1PersonalData() {
  const out = { datesOfBirth: [], phones: [], emails: [], internalComments: [] };
  for (const d of ROUND_1_DOSSIERS) {
    out.phones.push(d.contact.phone);
    out.emails.push(d.contact.email);
    for (const n of d.nominees) if (n.nominee.type === 'individual') out.datesOfBirth.push(n.nominee.dateOfBirth);
  }
  out.internalComments.push(ROUND_1_INTERNAL_COMMENT);
  return out;
}
