import { expect } from '@open-wc/testing';
// Only this entry: each test file runs in a page of its own.
import './award-list.js';

describe('@thidua/components/award-list on its own', () => {
  it('defines <award-list> and no other element', () => {
    expect(customElements.get('award-list')).to.be.a('function');
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(customElements.get('nomination-list')).to.equal(undefined);
  });
});
