import { describe, expect, it } from 'vitest';
import { numbersIn, numberValues } from '../../src/lib/data/numbers';

describe('numbersIn reads the numbers a passage gives', () => {
  it.each<[string, number[]]>([
    ['Since 2014, 43 Chinese cities', [2014, 43]],
    ['a fine of 1,000 yuan', [1000]],
    ['1000 basic points', [1000]],
    ['over 200.000.000 surveillance cameras', [200_000_000]],
    ['more than 200 million cameras', [200_000_000]],
    ['20.47 million plane tickets and 5.71 million train tickets', [20_470_000, 5_710_000]],
    ['runs from 0-12, while Wuhan’s ranges from 0-100.', [0, 12, 100]],
    ['between 2018-2019, 28 model cities', [2018, 2019, 28]],
    ['Planning Outline (2014–2020).', [2014, 2020]],
    ['last access 1.10.2021', [1, 10, 2021]],
    ['430 cities', [430]],
  ])('%s', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });

  it('tells a share from a bare number', () => {
    expect(numbersIn('is 72%, with 28 per cent and 5 points').map((n) => n.percent)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
