/**
 * Prose in scripts written without spaces — Chinese, Japanese, Thai — written
 * for these tests (a few paragraphs each, one paragraph per line), and a
 * draft of each with the slips a typed, converted or scanned copy shows:
 * a character changed (an input method's homophone, a dropped tone mark), a
 * number's value changed, a name mis-written, a comma or full stop of another
 * form, digits in full width, a phrase dropped. `errors` lists each
 * difference as the draft and reference wording and the kind it should get.
 * The benchmark builds its long texts from these sentences too.
 */

export interface UnspacedCase {
  readonly language: 'zh' | 'ja' | 'th';
  readonly reference: string;
  readonly draft: string;
  /** Each difference: draft wording, reference wording (unique in their texts), and its kind. */
  readonly errors: readonly { readonly draft: string; readonly reference: string; readonly kind: string }[];
}

const zhReference = [
  '杭州位于中国东南沿海，是浙江省的省会。这座城市以西湖闻名，每年吸引约2800万名游客前来观光。西湖周围有许多古老的寺庙和园林，其中灵隐寺建于公元326年，至今已有一千六百多年的历史。',
  '春天的时候，苏堤两旁的桃花和柳树一起开放，游人沿着湖边慢慢散步，欣赏远处的山色。当地人喜欢在清晨到湖边打太极拳，或者在茶馆里喝一杯龙井茶。龙井茶产自西湖附近的山区，被称为中国十大名茶之一。',
  '近年来，杭州的经济发展得很快。许多科技公司把总部设在这里，城市人口已经超过1200万。为了迎接2022年的亚运会，政府修建了新的地铁线路和体育场馆。不过，很多市民认为，保护西湖的自然环境仍然是最重要的事情。',
].join('\n') + '\n';

const zhDraft = [
  '杭州位于中国东南沿海，是浙江省的省会。这座城市以西湖文名，每年吸引约2600万名游客前来观光。西湖周围有许多古老的寺庙和园林，其中灵引寺建于公元328年，至今已有一千六百多年的历史。',
  '春天的时候，苏堤两旁的桃花和柳树一起开放，游人沿着湖边散步，欣赏远处的山色。当地人喜欢在清晨到湖边打太极拳、或者在茶馆里喝一杯龙井茶。龙井茶产自西湖附近的山区，被称为中国十大名茶之一．',
  '近年来，杭州的经济发展得很快。许多科技公司把总部设在这里，城市人口已经超过1200万。为了迎接２０２２年的亚运会，政府修建了新的地铁线路和体育场馆。不过，很多市民认为，保护西湖的自然环境仍然是最重要的事情。',
].join('\n') + '\n';

const jaReference = [
  '大阪は日本の西部にある大きな都市で、大阪府の人口は約880万人です。古くから商業の町として栄え、「天下の台所」と呼ばれてきました。江戸時代には全国から米や魚が集まり、多くの商人がこの町で店を開きました。',
  '大阪城は1583年に豊臣秀吉によって築かれました。現在の天守閣は1931年に再建されたもので、中は歴史博物館になっています。春になると、城の周りの公園では桜が咲き、たくさんの人が花見を楽しみます。',
  '大阪の人は食べることが大好きだと言われます。たこ焼きやお好み焼きは、今では日本中で人気のある料理です。道頓堀の川沿いには、夜遅くまで明るい看板が並び、観光客でにぎわっています。関西国際空港から市内までは、電車で約50分かかります。',
].join('\n') + '\n';

const jaDraft = [
  '大坂は日本の西部にある大きな都市で、大阪府の人口は約890万人です。古くから商業の町として栄え，「天下の台所」と呼ばれてきました。江戸時代には全国から米や魚が集まり、多くの商人がこの町で店を開きました。',
  '大阪城は1585年に豊臣秀吉によって築かれました。現在の天守閣は1931年に再建されたもので、中は歴史博物館になっています。春になると、城の周りの公園では桜が咲き、たくさんの人が花見を楽しみます。',
  '大阪の人は食べることが大好きだと言われます。たこ焼きやお好み焼きは、今では日本中で人気のある料理です。道頓掘の川沿いには、明るい看板が並び、観光客でにぎわつています。関西国際空港から市内までは、電車で約５０分かかります。',
].join('\n') + '\n';

const thReference = [
  'เชียงใหม่เป็นเมืองใหญ่ทางภาคเหนือของประเทศไทย อยู่ห่างจากกรุงเทพมหานครประมาณ 700 กิโลเมตร เมืองนี้ก่อตั้งขึ้นในปี พ.ศ. 1839 โดยพญามังราย และเคยเป็นศูนย์กลางของอาณาจักรล้านนา',
  'ในเมืองเก่ายังมีวัดโบราณหลายแห่ง เช่น วัดเจดีย์หลวงและวัดพระสิงห์ นักท่องเที่ยวจำนวนมากชอบเดินเล่นที่ถนนคนเดินในคืนวันอาทิตย์ เพื่อซื้อของที่ระลึกและชิมอาหารพื้นเมือง เช่น ข้าวซอยและไส้อั่ว',
  'อากาศในช่วงเดือนธันวาคมค่อนข้างเย็น อุณหภูมิตอนเช้าอาจลดลงเหลือ 12 องศาเซลเซียส ทำให้มีผู้คนเดินทางมาเที่ยวมากเป็นพิเศษ ปัจจุบันเชียงใหม่มีประชากรประมาณ 1.7 ล้านคน และมีมหาวิทยาลัยหลายแห่ง',
].join('\n') + '\n';

const thDraft = [
  'เชียงใหม่เป็นเมืองใหญ่ทางภาคเหนือของประเทศไทย อยู่ห่างจากกรุงเทพมหานครประมาณ 720 กิโลเมตร เมืองนี้ก่อตั้งขึ้นในปี พ.ศ. 1829 โดยพญามังลาย และเคยเป็นศูนย์กลางของอาณาจักรล้านนา',
  'ในเมืองเก่ายังมีวัดโบราณหลายแห่ง เช่น วัดเจดีย์หลวงและวัดพระสิงค์ นักท่องเทียวจำนวนมากชอบเดินเล่นที่ถนนคนเดินในคืนวันอาทิตย์ เพื่อซื้อของที่ระลึกและชิมอาหารพื้นเมือง เช่น ข้าวซอยและไส้อั่ว',
  'อากาศในช่วงเดือนธันวาคมค่อนขางเย็น อุณหภูมิตอนเช้าอาจลดลงเหลือ 12 องศาเซลเซียส ทำให้มีผู้คนเดินทางมาเที่ยวมากเป็นพิเศษ ปัจจุบันเชียงใหม่มีประชากรประมาณ 1.8 ล้านคน  และมีมหาวิทยาลัยหลายแห่ง',
].join('\n') + '\n';

export const UNSPACED_CASES: readonly UnspacedCase[] = [
  {
    language: 'zh',
    reference: zhReference,
    draft: zhDraft,
    errors: [
      { draft: '文名', reference: '闻名', kind: 'spelling' }, // a homophone picked by the input method
      { draft: '2600', reference: '2800', kind: 'number' },
      { draft: '灵引寺', reference: '灵隐寺', kind: 'name' }, // a temple's name
      { draft: '328', reference: '326', kind: 'number' },
      { draft: '', reference: '慢慢', kind: 'missing' },
      { draft: '、', reference: '，', kind: 'punctuation' },
      { draft: '．', reference: '。', kind: 'punctuation' },
      { draft: '２０２２', reference: '2022', kind: 'typography' }, // full-width digits
    ],
  },
  {
    language: 'ja',
    reference: jaReference,
    draft: jaDraft,
    errors: [
      { draft: '大坂', reference: '大阪', kind: 'name' }, // the old spelling of Osaka; the reference writes 大阪府, 大阪城
      { draft: '890', reference: '880', kind: 'number' },
      { draft: '，', reference: '、', kind: 'punctuation' },
      { draft: '1585', reference: '1583', kind: 'number' },
      { draft: '道頓掘', reference: '道頓堀', kind: 'spelling' }, // 掘 for 堀, the commonest slip in this name
      { draft: '', reference: '夜遅くまで', kind: 'missing' },
      { draft: 'つ', reference: 'っ', kind: 'spelling' }, // a small tsu read as a full one
      { draft: '５０', reference: '50', kind: 'typography' },
    ],
  },
  {
    language: 'th',
    reference: thReference,
    draft: thDraft,
    errors: [
      { draft: '720', reference: '700', kind: 'number' },
      { draft: '1829', reference: '1839', kind: 'number' },
      { draft: 'ลาย', reference: 'ราย', kind: 'name' }, // King Mangrai's name
      { draft: 'สิงค์', reference: 'สิงห์', kind: 'name' }, // a temple's name
      { draft: 'เทียว', reference: 'เที่ยว', kind: 'spelling' }, // a dropped tone mark
      { draft: 'ขาง', reference: 'ข้าง', kind: 'spelling' },
      { draft: '1.8', reference: '1.7', kind: 'number' },
      { draft: ' ', reference: '', kind: 'typography' }, // a doubled space
    ],
  },
];
