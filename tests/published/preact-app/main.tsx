// The JSX types in a Preact app: the same `@thidua/components/jsx` as React's, which also
// extends Preact's JSX. `published.test.ts` type-checks it (it is not built: the React app
// shows the elements at work).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '@thidua/components';

function App() {
  const [title, setTitle] = useState('');
  return (
    <thidua-provider api-base="https://api.example.gov.vn">
      <kpi-progress indicator="bn2026-09" variant="detailed" onthidua-load={(event) => setTitle(event.detail.indicator.id)} />
      <ranking-table campaign="bn2026" group="departments" top={10} sub-scores />
      <p>{title}</p>
    </thidua-provider>
  );
}

export function Refused() {
  return (
    <>
      {/* @ts-expect-error `value` is a number. */}
      <kpi-progress value="62" />
      {/* @ts-expect-error `variant` is `compact` or `detailed`. */}
      <kpi-progress variant="large" />
    </>
  );
}

render(<App />, document.body);
