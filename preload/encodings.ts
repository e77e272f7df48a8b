/**
 * The encodings File ▸ Reopen with Encoding… and Save with Encoding… offer,
 * in menu order, as iconv-lite names (main checks each again with
 * canonicalEncoding). Part of the contract like ./api: the window lists
 * them and main reads and writes them.
 */
export const ENCODING_CHOICES: readonly { encoding: string; label: string }[] = [
  { encoding: 'utf-8', label: 'UTF-8' },
  { encoding: 'utf-16le', label: 'UTF-16 LE' },
  { encoding: 'utf-16be', label: 'UTF-16 BE' },
  { encoding: 'windows-1252', label: 'Western (Windows-1252)' },
  { encoding: 'iso-8859-1', label: 'Western (ISO-8859-1)' },
  { encoding: 'iso-8859-15', label: 'Western (ISO-8859-15)' },
  { encoding: 'windows-1250', label: 'Central European (Windows-1250)' },
  { encoding: 'iso-8859-2', label: 'Central European (ISO-8859-2)' },
  { encoding: 'windows-1251', label: 'Cyrillic (Windows-1251)' },
  { encoding: 'koi8-r', label: 'Cyrillic (KOI8-R)' },
  { encoding: 'windows-1253', label: 'Greek (Windows-1253)' },
  { encoding: 'windows-1254', label: 'Turkish (Windows-1254)' },
  { encoding: 'shift_jis', label: 'Japanese (Shift JIS)' },
  { encoding: 'gb18030', label: 'Chinese Simplified (GB 18030)' },
  { encoding: 'big5', label: 'Chinese Traditional (Big5)' },
  { encoding: 'euc-kr', label: 'Korean (EUC-KR)' },
];
