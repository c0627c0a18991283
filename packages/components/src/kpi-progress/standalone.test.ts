import { expect } from '@open-wc/testing';
// Only this entry: each test file runs in a page of its own.
import './kpi-progress.js';

describe('@thidua/components/kpi-progress on its own', () => {
  it('defines <kpi-progress> and no other element', () => {
    expect(customElements.get('kpi-progress')).to.be.a('function');
    expect(customElements.get('thidua-provider')).to.equal(undefined);
  });
});
