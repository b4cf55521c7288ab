export class AdmissionError extends Error {
  override name = 'AdmissionError'
}

export class NotAdmittedError extends Error {
  override name = 'NotAdmittedError'
}
