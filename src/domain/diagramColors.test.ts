import { describe, expect, it } from 'vitest';
import { dropInvalidColors, isColor } from './diagramColors';
import { newModdle } from './bpmnFile';
import { readFixture } from '../../test/corpus';

describe('isColor', () => {
  it.each(['#abc', '#ABCD', '#1e88e5', '#1e88e580', 'rgb(10, 20, 30)', 'rgba(10,20,30,0.5)', 'rgb(10 20 30 / 50%)', 'hsl(210deg 50% 40%)', 'hsla(210, 50%, 40%, .3)', 'red', 'DarkGreen', 'rebeccapurple', 'transparent', ' #fff '])(
    'accepts %s',
    (value) => expect(isColor(value)).toBe(true),
  );

  it.each([
    'url(https://colour-tracker.example/fill.svg#p)',
    "url('#local')",
    'red url(x)',
    '#12345',
    '#ggg',
    'rgb(10, 20)',
    'rgb(var(--x), 1, 2)',
    'rgb(1,2,3) ; background:url(x)',
    'expression(alert(1))',
    'notacolour',
    '',
  ])('refuses %s', (value) => expect(isColor(value)).toBe(false));
});

describe('dropInvalidColors', () => {
  it('removes what is not a colour from shapes, edges and labels and keeps the colours', async () => {
    const { rootElement } = await newModdle().fromXML(readFixture('remote-colors.bpmn'));
    const dropped = dropInvalidColors(rootElement);
    expect(dropped.map((d) => `${d.elementId} ${d.attribute}`).sort()).toEqual([
      'Flow_1_di bioc:stroke',
      'Start_1_di color:color',
      'Task_1_di bioc:fill',
      'Task_1_di color:border-color',
    ]);
    const { xml } = await newModdle().toXML(rootElement);
    expect(xml).not.toContain('url(');
    expect(xml).toContain('bioc:stroke="DarkGreen"');
    expect(xml).toContain('color:background-color="rgba(187, 222, 251, 0.5)"');
  });

  it('removes a colour attribute an element type does not declare, which bpmn-js still reads', async () => {
    const xml = readFixture('remote-colors.bpmn').replace('<bpmndi:BPMNEdge id="Flow_1_di"', '<bpmndi:BPMNEdge color:background-color="url(https://x.example/a)" id="Flow_1_di"');
    const { rootElement } = await newModdle().fromXML(xml);
    expect(dropInvalidColors(rootElement)).toContainEqual({ elementId: 'Flow_1_di', attribute: 'color:background-color', value: 'url(https://x.example/a)' });
    expect((await newModdle().toXML(rootElement)).xml).not.toContain('x.example');
  });
});
