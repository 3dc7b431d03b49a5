/** How the stream came through at a satellite, as the satellite itself reports it. */
export enum PictureAndSound {
  Good = 'good',
  Hiccups = 'hiccups',
  Failed = 'failed',
}
