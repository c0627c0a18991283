import { expect } from '@open-wc/testing';
// Only this entry: each test file runs in a page of its own.
import './featured-models.js';

describe('@thidua/components/featured-models on its own', () => {
  it('defines <featured-models> and no other element', () => {
    expect(customElements.get('featured-models')).to.be.a('function');
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(customElements.get('nomination-list')).to.equal(undefined);
  });
});
