import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderProposedList, womenPriority, type ListedNominee, type ProposedListEntry } from '../src/index.js';
import * as logic from '../src/logic.js';

const person = (givenName: string, gender: 'female' | 'male', familyName = 'Nguyễn', middleName = 'Văn'): ListedNominee => ({
  type: 'individual',
  familyName,
  middleName,
  givenName,
  gender,
});
const team = (name: string, headcount?: number, women?: number): ListedNominee => ({ type: 'collective', name, headcount, women });

const entry = (id: string, nominee: ListedNominee, standing?: number) => ({ id, nominee, standing });
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('womenPriority', () => {
  it('puts a woman first, and a collective of at least 70 % women, exactly at the threshold included', () => {
    assert.equal(womenPriority(person('Hà', 'female')), 'woman');
    assert.equal(womenPriority(person('Hùng', 'male')), undefined);
    assert.equal(womenPriority(team('Tổ CNSCĐ thôn Đông', 10, 7)), 'womenCollective');
    assert.equal(womenPriority(team('Tổ CNSCĐ thôn Tây', 30, 21)), 'womenCollective');
    assert.equal(womenPriority(team('Phòng Văn hóa', 99, 69)), undefined); // 69.7 %
    assert.equal(womenPriority(team('Phòng Kinh tế', 3, 2)), undefined); // 66.7 %
    assert.equal(womenPriority(team('Phòng Nội vụ', 4, 4)), 'womenCollective');
  });

  it('gives no priority to a collective that does not say its headcount or its women', () => {
    assert.equal(womenPriority(team('Trung tâm Phục vụ hành chính công', 12)), undefined);
    assert.equal(womenPriority(team('Trung tâm Phục vụ hành chính công', undefined, 9)), undefined);
  });
});

describe('orderProposedList', () => {
  it('puts women first among individuals of equal standing, and never above a higher standing', () => {
    const list = [entry('an', person('An', 'male'), 8), entry('binh', person('Bình', 'female'), 8), entry('chi', person('Chi', 'female'), 7), entry('dung', person('Dũng', 'male'), 9)];
    assert.deepEqual(ids(orderProposedList(list)), ['dung', 'binh', 'an', 'chi']);
  });

  it('puts collectives of at least 70 % women first among collectives of equal standing', () => {
    const list = [entry('a', team('Phòng Kinh tế', 10, 6)), entry('b', team('Tổ CNSCĐ khu phố 3', 10, 7)), entry('c', team('Ban Chỉ huy quân sự', 20, 2))];
    assert.deepEqual(ids(orderProposedList(list)), ['b', 'c', 'a']);
  });

  it('lists the collectives, then the individuals', () => {
    const list = [entry('p', person('Hà', 'female'), 10), entry('t', team('Phòng Kinh tế', 10, 1), 1)];
    assert.deepEqual(ids(orderProposedList(list)), ['t', 'p']);
  });

  it('treats every entry as equal standing when none has one, and those without one after those with one', () => {
    assert.deepEqual(ids(orderProposedList([entry('m', person('Minh', 'male')), entry('l', person('Lan', 'female'))])), ['l', 'm']);
    assert.deepEqual(ids(orderProposedList([entry('l', person('Lan', 'female')), entry('m', person('Minh', 'male'), 0)])), ['m', 'l']);
  });

  it('ties standings that differ only by floating-point noise', () => {
    const list = [entry('m', person('Minh', 'male'), 0.1 + 0.2), entry('l', person('Lan', 'female'), 0.3)];
    assert.deepEqual(ids(orderProposedList(list)), ['l', 'm']);
  });

  it('then orders by given name in Vietnamese order (Đ after D), then family and middle names', () => {
    const list = [
      entry('dat', person('Đạt', 'male')),
      entry('dung', person('Dung', 'male')),
      entry('an-tran', person('An', 'male', 'Trần')),
      entry('an-le', person('An', 'male', 'Lê')),
      entry('an-le-duc', person('An', 'male', 'Lê', 'Đức')),
    ];
    assert.deepEqual(ids(orderProposedList(list)), ['an-le-duc', 'an-le', 'an-tran', 'dung', 'dat']);
  });

  it('keeps entries alike in every key in their order, and leaves its input as it was', () => {
    const list: (ProposedListEntry & { id: string })[] = [entry('x', person('Hoa', 'female'), 5), entry('y', person('Hoa', 'female'), 5)];
    const copy = structuredClone(list);
    assert.deepEqual(ids(orderProposedList(list)), ['x', 'y']);
    assert.deepEqual(ids(orderProposedList([...list].reverse())), ['y', 'x']);
    assert.deepEqual(list, copy);
  });

  it('is in the zod-free entry', () => {
    assert.equal(logic.orderProposedList, orderProposedList);
  });
});
