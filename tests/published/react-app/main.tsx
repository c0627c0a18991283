// A React 19 app that uses the kit as one installed from npm would: the package's JSX types
// (`@thidua/components/jsx`, named in tsconfig.json's "types"), attributes, properties and
// events written as JSX props. `published.test.ts` installs it from the packed tarballs,
// type-checks it, builds it with Vite and opens it in Chromium against a real API server,
// whose address comes in `?api=`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@thidua/components';
import type { RankingRow } from '@thidua/components';

const api = new URLSearchParams(location.search).get('api') ?? '';

const rows: RankingRow[] = [
  { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ', value: 0.8123 },
  { id: 'so-tc', name: 'Sở Tài chính', value: '0,7456' },
  { id: 'so-yt', name: 'Sở Y tế', value: 0.6012 },
];

function App() {
  const [loaded, setLoaded] = useState('');
  const [filter, setFilter] = useState('');
  return (
    <main>
      <kpi-progress
        id="static"
        label="Hồ sơ xử lý trực tuyến"
        value={62}
        target={90}
        unit="percent"
        comparator="gte"
        start="2025-01-01"
        deadline="2030-10-10"
      />
      <ranking-table id="rows" label="Chỉ số DTI" rows={rows} highlight="so-tc" style={{ '--ranking-color-highlight': '#fff3c4' }} />
      <thidua-provider api-base={api} lang="en">
        <kpi-board
          id="board"
          campaign="bn2026"
          heading-level={2}
          onthidua-load={(event) => setLoaded(`${event.detail.items.length} ${event.detail.unit.id}`)}
          onthidua-filter={(event) => setFilter(event.detail.status)}
        />
      </thidua-provider>
      <output id="loaded">{loaded}</output>
      <output id="filter">{filter}</output>
    </main>
  );
}

/** Never rendered: what the types refuse. */
export function Refused() {
  return (
    <>
      {/* @ts-expect-error `value` is a number: React 19 sets the property, which does not parse text. */}
      <kpi-progress value="62" />
      {/* @ts-expect-error `top` is a number. */}
      <ranking-table top="3" />
      {/* @ts-expect-error `variant` is `compact` or `detailed`. */}
      <kpi-board variant="large" />
      {/* @ts-expect-error a `thidua-filter` event's detail has a status, not a value. */}
      <kpi-board onthidua-filter={(event) => event.detail.value} />
      {/* @ts-expect-error the kit has no such element. */}
      <kpi-gauge />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
