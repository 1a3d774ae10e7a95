/** Which files the BPMN pickers offer and the drop zones take; the checks of the content are in readBpmnFile. */
const acceptedName = /\.(bpmn|bpmn2|xml)$/i;
export const bpmnAcceptAttribute = '.bpmn,.bpmn2,.xml,application/xml,text/xml';

export function looksLikeBpmnFile(file: File): boolean {
  return acceptedName.test(file.name);
}
