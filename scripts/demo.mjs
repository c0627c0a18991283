import { startDemo } from './demo-server.mjs';

const demo = await startDemo({
  apiPort: Number(process.env.API_PORT ?? 8787),
  portalPort: Number(process.env.PORTAL_PORT ?? 8788),
  databaseUrl: process.env.DATABASE_URL || undefined,
});
console.log(`
  thidua demo is running (seeded data; the measurements are DEMO figures, not official;
  the trial award round open for dossiers today and the dossiers marked "(minh họa)" are DEMO data too)

  Department portal page:  ${demo.portalUrl}/
  Award proposals of a ward (Đề nghị khen thưởng, phường Kinh Bắc):
                           ${demo.portalUrl}/de-nghi-khen-thuong.html
  Proposer token for phường Kinh Bắc (paste it on that page to sign in; a new one each start):
                           ${demo.proposer.token}

  Sở Khoa học và Công nghệ — appraisal (Thẩm định hồ sơ khen thưởng, internal):
                           ${demo.portalUrl}/tham-dinh.html
  Appraiser token, Sở Khoa học và Công nghệ (queue, review, return, eligible, complete):
                           ${demo.appraiser.token}
  Coordinator token, Văn phòng Sở — cơ quan thường trực (decisions, featured models, exports):
                           ${demo.coordinator.token}
  Awards and exemplary models (Khen thưởng, public; round 1 of 10/10/2025 is DEMO data):
                           ${demo.portalUrl}/khen-thuong.html
  API:                     ${demo.api.url}/v1/campaigns/bn2026/indicators
  OpenAPI document:        ${demo.api.url}/v1/openapi.json

  Press Ctrl+C to stop.
`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    demo.close().then(() => process.exit(0), () => process.exit(1));
  });
}
