/** The line to sign on, in every format. */
export const signatureBlank = '_______________';
