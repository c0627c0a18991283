import { expect } from '@open-wc/testing';
// Only this entry: each test file runs in a page of its own.
import './nomination-list.js';

describe('@thidua/components/nomination-list on its own', () => {
  it('defines <nomination-list> and no other element', () => {
    expect(customElements.get('nomination-list')).to.be.a('function');
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(customElements.get('kpi-progress')).to.equal(undefined);
  });
});
