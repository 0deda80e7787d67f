// The progress protocol, line by line: what is accepted, and why the rest is refused.
import { describe, expect, it } from 'vitest';
import { parseReportLine } from '../../../src/progress/protocol.ts';

describe('parseReportLine', () => {
  it.each([
    ['{}', { metrics: [] }],
    ['{"step":3,"total":10,"unit":"epoch"}', { step: 3, total: 10, unit: 'epoch', metrics: [] }],
    ['{"percent":42.5,"eta":90}', { percent: 42.5, etaSeconds: 90, metrics: [] }],
    [
      '{"metrics":{"loss":0.25,"val/dice":-1e-3}}',
      {
        metrics: [
          ['loss', 0.25],
          ['val/dice', -0.001],
        ],
      },
    ],
    [
      '{"time":"2026-01-01T00:00:00Z","step":0}',
      { time: new Date('2026-01-01T00:00:00Z'), step: 0, metrics: [] },
    ],
    ['{"step":1,"extra":"ignored"}', { step: 1, metrics: [] }],
  ])('accepts %s', (line, report) => {
    expect(parseReportLine(line)).toEqual({ report });
  });

  it.each([
    ['loss=0.3', 'not JSON'],
    ['[1,2]', 'not a JSON object'],
    ['null', 'not a JSON object'],
    ['{"step":-1}', '"step" must be a number from 0'],
    ['{"percent":101}', '"percent" must be a number from 0 to 100'],
    ['{"step":"3"}', '"step" must be a number'],
    ['{"unit":"a b c d e f g h i j k l m n o p q r s t u v"}', '"unit" must be a word'],
    ['{"unit":"$(id)"}', '"unit" must be a word'],
    ['{"time":"yesterday"}', '"time" must be an RFC 3339 timestamp'],
    ['{"time":"1"}', '"time" must be an RFC 3339 timestamp'],
    ['{"time":"March 7, 2026"}', '"time" must be an RFC 3339 timestamp'],
    ['{"time":"+275760-09-13T00:00:00Z"}', '"time" must be an RFC 3339 timestamp'],
    ['{"total":0}', '"total" must be greater than 0'],
    ['{"eta":1e300}', '"eta" must be a number from 0 to 315360000'],
    ['{"metrics":[1]}', '"metrics" must be an object'],
    ['{"metrics":{"bad name":1}}', 'metric name "bad name" must match'],
    ['{"metrics":{"loss":"0.1"}}', 'metric "loss" must be a finite number'],
    [`{"metrics":{${Array.from({ length: 65 }, (_, i) => `"m${i}":1`).join(',')}}}`, 'more than 64 entries'],
  ])('refuses %s', (line, why) => {
    const parsed = parseReportLine(line);
    expect(parsed).toHaveProperty('refused');
    expect((parsed as { refused: string }).refused).toContain(why);
  });
});
