/*
 * The story of one exemplary model on the public "Khen thưởng" page (`?dien-hinh=<id>`), where
 * <featured-models>' "Đọc tiếp" links lead: the whole narrative, the photo with its text
 * alternative, the award and its decision. Read from the public API (no token); text set as
 * text, so the portal's CSP and Trusted Types have nothing to refuse.
 */
const main = document.getElementById('noi-dung');
const overview = document.getElementById('tong-quan');
const story = document.getElementById('cau-chuyen');
const storyError = document.getElementById('story-error');
const apiBase = document.querySelector('thidua-provider').getAttribute('api-base');
const id = new URLSearchParams(location.search).get('dien-hinh');

const DATE = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const dateVi = (iso) => DATE.format(new Date(`${iso}T00:00:00Z`));
const text = (elementId, value) => (document.getElementById(elementId).textContent = value);

async function showStory() {
  overview.hidden = true;
  try {
    const response = await fetch(`${apiBase}/v1/campaigns/${encodeURIComponent(main.dataset.campaign)}/featured-models`, { headers: { 'Accept-Language': 'vi' } });
    if (!response.ok) throw new Error(String(response.status));
    const model = (await response.json()).items.find((m) => m.id === id);
    if (!model) {
      storyError.textContent = 'Không tìm thấy gương điển hình này. Có thể bài đã được gỡ.';
      storyError.hidden = false;
      overview.hidden = false;
      return;
    }
    const a = model.awardee;
    text('h-cau-chuyen', a.name);
    text('story-unit', a.type === 'individual' ? `${a.position}, ${a.workplace}` : model.proposingUnit.name.vi);
    text('story-award', `${model.awardType.title.vi} (Quyết định số ${model.decision.number} ngày ${dateVi(model.decision.signedOn)})`);
    text('story-category', model.category.title.vi);
    if (model.photo) {
      const img = document.getElementById('story-photo');
      img.src = new URL(model.photo.url.replace(/^\//, ''), `${apiBase}/`).href;
      img.alt = model.photo.alt;
      img.width = model.photo.width;
      img.height = model.photo.height;
      // The text alternative is on the image; the caption only says what kind of picture it is.
      text('story-caption', 'Hình minh họa (dữ liệu demo).');
      document.getElementById('story-figure').hidden = false;
    }
    const body = document.getElementById('story-text');
    body.replaceChildren(
      ...model.narrative.split(/\n{2,}/).map((paragraph) => {
        const p = document.createElement('p');
        p.textContent = paragraph;
        return p;
      }),
    );
    document.title = `${a.name} — Gương điển hình tiên tiến — Sở Khoa học và Công nghệ (trang minh họa)`;
    story.hidden = false;
  } catch {
    storyError.textContent = 'Không tải được bài viết. Hãy thử lại sau.';
    storyError.hidden = false;
    overview.hidden = false;
  }
}

if (id) showStory();
