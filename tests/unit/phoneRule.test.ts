import { describe, expect, test } from 'vitest';
import { phoneProblem } from '../../src/check/rules/phoneRule';

describe('phone numbers in content', () => {
  test('an international number is fine', () => {
    expect(phoneProblem('+84 258 3822 222')).toBeUndefined();
  });

  test('a Vietnamese toll-free line is written as dialled in Vietnam', () => {
    expect(phoneProblem('1800 1096')).toBeUndefined();
    expect(phoneProblem('18001096')).toBeUndefined();
  });

  test('a toll-free line in international form is refused, suggesting the national form', () => {
    const problem = phoneProblem('+84 1800 1096');
    expect(problem?.en).toBe('"+84 1800 1096" is a Vietnamese toll-free line, which cannot be called from abroad');
    expect(problem?.suggestion).toBe('1800 1096');
  });

  test('an ordinary number in national form still has to be international', () => {
    const problem = phoneProblem('0258 3822 222');
    expect(problem?.en).toBe('"0258 3822 222" is not in international form');
    expect(problem?.suggestion).toBe('+84 258 3822 222');
  });

  test('a premium-rate 1900 line is not accepted as toll-free', () => {
    expect(phoneProblem('1900 1234')?.en).toBe('"1900 1234" is not in international form');
  });
});
