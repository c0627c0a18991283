import { expect } from '@open-wc/testing';
// Only this entry: each test file runs in a page of its own.
import './ranking-table.js';

describe('@thidua/components/ranking-table on its own', () => {
  it('defines <ranking-table> and no other element', () => {
    expect(customElements.get('ranking-table')).to.be.a('function');
    expect(customElements.get('kpi-progress')).to.equal(undefined);
    expect(customElements.get('thidua-provider')).to.equal(undefined);
  });
});
