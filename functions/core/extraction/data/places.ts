/**
 * Places border news names that the gazetteer datasets lack or spell otherwise: districts below
 * the ISO 3166-2 level ("Kurram", "Poonch"), towns and valleys on the line ("Tawang", "Jermuk"),
 * regions ("Essequibo", "Donbas") and the common English spellings of Arabic names ("Daraa").
 * Built into the places artefact ahead of the datasets' entries of the same name, as places of note
 * (believed without the article naming their country).
 *
 * `country` is the state that holds the place; null where two states dispute it and the news does
 * not settle whose it is (the disputants are named beside the row). Coordinates are approximate
 * (a tenth of a degree), enough to put the place on a map.
 */
import type { Iso3 } from '../../model';

export interface BorderPlace {
  name: string;
  aliases?: string[];
  country: Iso3 | null;
  lat: number;
  lon: number;
}

export const BORDER_PLACES: BorderPlace[] = [
  // India and Pakistan
  { name: 'Poonch', country: 'IND', lat: 33.77, lon: 74.09 },
  { name: 'Kupwara', country: 'IND', lat: 34.53, lon: 74.25 },
  { name: 'Rajouri', country: 'IND', lat: 33.38, lon: 74.31 },
  { name: 'Uri', country: 'IND', lat: 34.08, lon: 74.05 },
  { name: 'Akhnoor', country: 'IND', lat: 32.87, lon: 74.74 },
  { name: 'Neelum Valley', aliases: ['Neelum'], country: 'PAK', lat: 34.6, lon: 73.9 },
  // India, Pakistan and China.
  { name: 'Kashmir', country: null, lat: 34.1, lon: 75.0 },
  // Pakistan and Afghanistan
  { name: 'Kurram', country: 'PAK', lat: 33.83, lon: 70.09 },
  { name: 'North Waziristan', country: 'PAK', lat: 33.0, lon: 70.07 },
  { name: 'South Waziristan', country: 'PAK', lat: 32.3, lon: 69.7 },
  { name: 'Bajaur', country: 'PAK', lat: 34.78, lon: 71.53 },
  { name: 'Spin Boldak', country: 'AFG', lat: 31.0, lon: 66.4 },
  { name: 'Nimroz', country: 'AFG', lat: 30.9, lon: 62.3 },
  // China and India
  { name: 'Tawang', country: 'IND', lat: 27.59, lon: 91.86 },
  // China and India.
  { name: 'Galwan Valley', aliases: ['Galwan'], country: null, lat: 34.75, lon: 78.2 },
  // China and India.
  { name: 'Aksai Chin', country: null, lat: 35.0, lon: 79.0 },
  // China and India.
  { name: 'Pangong Lake', aliases: ['Pangong Tso'], country: null, lat: 33.75, lon: 78.65 },
  // Bhutan and China.
  { name: 'Doklam', country: null, lat: 27.3, lon: 89.0 },
  // India and Nepal.
  { name: 'Kalapani', country: null, lat: 30.2, lon: 80.98 },
  // India and Nepal.
  { name: 'Lipulekh', aliases: ['Lipulekh Pass'], country: null, lat: 30.23, lon: 81.03 },
  // Lebanon, Syria and Israel
  { name: 'Hermel', country: 'LBN', lat: 34.39, lon: 36.38 },
  { name: 'Qusayr', aliases: ['al-Qusayr', 'Al-Qusayr'], country: 'SYR', lat: 34.51, lon: 36.58 },
  { name: 'Daraa', aliases: ['Deraa'], country: 'SYR', lat: 32.62, lon: 36.1 },
  { name: 'Quneitra', country: 'SYR', lat: 33.13, lon: 35.82 },
  // Israel and Syria.
  { name: 'Golan Heights', aliases: ['Golan'], country: null, lat: 33.0, lon: 35.75 },
  // Israel and Lebanon (and Syria).
  { name: 'Shebaa Farms', country: null, lat: 33.28, lon: 35.71 },
  { name: 'Kiryat Shmona', country: 'ISR', lat: 33.21, lon: 35.57 },
  { name: 'Metula', country: 'ISR', lat: 33.28, lon: 35.58 },
  { name: 'Gaza Strip', country: 'PSE', lat: 31.4, lon: 34.35 },
  { name: 'West Bank', country: 'PSE', lat: 31.9, lon: 35.2 },
  { name: 'Sinai', country: 'EGY', lat: 29.5, lon: 33.8 },
  // Armenia and Azerbaijan
  { name: 'Jermuk', country: 'ARM', lat: 39.84, lon: 45.67 },
  { name: 'Sotk', country: 'ARM', lat: 40.2, lon: 45.94 },
  { name: 'Goris', country: 'ARM', lat: 39.51, lon: 46.34 },
  { name: 'Nagorno-Karabakh', aliases: ['Karabakh'], country: 'AZE', lat: 39.82, lon: 46.75 },
  // Sudan, South Sudan, Ethiopia and Eritrea
  // Sudan and South Sudan.
  { name: 'Abyei', country: null, lat: 9.6, lon: 28.43 },
  // Sudan and South Sudan: the border states as the news spells them (ISO writes "Kurdufan").
  { name: 'South Kordofan', country: 'SDN', lat: 11.2, lon: 29.9 },
  { name: 'Heglig', country: 'SDN', lat: 10.0, lon: 29.4 },
  // Sudan and Ethiopia.
  {
    name: 'al-Fashaga',
    aliases: ['Fashaga', 'al-Fashqa', 'Al-Fashaga'],
    country: null,
    lat: 13.9,
    lon: 36.6,
  },
  { name: 'Metema', country: 'ETH', lat: 12.95, lon: 36.16 },
  { name: 'Gallabat', country: 'SDN', lat: 12.96, lon: 36.15 },
  { name: 'Humera', country: 'ETH', lat: 14.3, lon: 36.6 },
  // Eritrea and Ethiopia.
  { name: 'Badme', country: null, lat: 14.7, lon: 37.8 },
  { name: 'Zalambessa', country: 'ETH', lat: 14.52, lon: 39.38 },
  // Ethiopia and Somalia: Somaliland declared independence in 1991; no state recognises it.
  { name: 'Somaliland', country: 'SOM', lat: 9.6, lon: 45.0 },
  // Egypt and Sudan.
  { name: 'Halaib Triangle', aliases: ["Hala'ib Triangle", 'Halaib'], country: null, lat: 22.2, lon: 36.3 },
  // Congo and Rwanda
  { name: 'Rutshuru', country: 'COD', lat: 1.18, lon: 29.45 },
  { name: 'Masisi', country: 'COD', lat: -1.4, lon: 28.82 },
  { name: 'Rubavu', country: 'RWA', lat: -1.68, lon: 29.26 },
  // The Americas
  { name: 'Essequibo', country: 'GUY', lat: 6.5, lon: -59.5 },
  { name: 'Catatumbo', country: 'COL', lat: 8.7, lon: -73.0 },
  // Thailand and Cambodia: Thai provinces as the news spells them (ISO writes "Si Sa Ket").
  { name: 'Sisaket', aliases: ['Si Sa Ket'], country: 'THA', lat: 15.12, lon: 104.33 },
  { name: 'Buriram', country: 'THA', lat: 14.99, lon: 103.1 },
  // Thailand and Cambodia.
  { name: 'Ta Muen Thom', aliases: ['Ta Moan Thom'], country: null, lat: 14.35, lon: 103.27 },
  // Thailand, Cambodia and Laos.
  { name: 'Emerald Triangle', country: null, lat: 14.4, lon: 105.2 },
  // Europe and the Caucasus
  { name: 'Donbas', aliases: ['Donbass'], country: 'UKR', lat: 48.0, lon: 38.0 },
  { name: 'South Ossetia', country: 'GEO', lat: 42.3, lon: 44.0 },
  // Africa and Asia, elsewhere
  { name: 'Bakassi', aliases: ['Bakassi Peninsula'], country: 'CMR', lat: 4.6, lon: 8.6 },
  { name: 'Tinzaouaten', aliases: ['Tin Zaouatine', 'Tinzaouatene'], country: 'MLI', lat: 19.97, lon: 2.96 },
  { name: 'Maungdaw', country: 'MMR', lat: 20.82, lon: 92.37 },
  { name: 'Yeonpyeong', aliases: ['Yeonpyeong Island'], country: 'KOR', lat: 37.67, lon: 125.7 },
  { name: 'Qamishli', country: 'SYR', lat: 37.05, lon: 41.22 },
  { name: 'Afrin', country: 'SYR', lat: 36.51, lon: 36.87 },
  // Added in session 16: places of border news the gazetteer lacked (a check of 96 well-known names).
  // Kyrgyzstan and Tajikistan: Vorukh is a Tajik exclave inside Kyrgyzstan's Batken region.
  { name: 'Vorukh', country: 'TJK', lat: 39.85, lon: 70.58 },
  { name: 'Chorkuh', country: 'TJK', lat: 39.98, lon: 70.6 },
  { name: 'Ak-Sai', aliases: ['Aksai'], country: 'KGZ', lat: 39.93, lon: 70.63 },
  { name: 'Samarkandyk', country: 'KGZ', lat: 40.03, lon: 70.53 },
  { name: 'Leilek', aliases: ['Leylek'], country: 'KGZ', lat: 39.95, lon: 69.8 },
  // Armenia and Azerbaijan
  { name: 'Ishkhanasar', country: 'ARM', lat: 39.6, lon: 46.1 },
  { name: 'Vardenis', country: 'ARM', lat: 40.18, lon: 45.73 },
  { name: 'Fuzuli', aliases: ['Fizuli'], country: 'AZE', lat: 39.6, lon: 47.14 },
  { name: 'Aghdam', country: 'AZE', lat: 39.99, lon: 46.93 },
  { name: 'Khankendi', aliases: ['Khankandi'], country: 'AZE', lat: 39.82, lon: 46.75 },
  // India and Pakistan
  { name: 'Pahalgam', country: 'IND', lat: 34.01, lon: 75.32 },
  { name: 'Bhimber', country: 'PAK', lat: 32.97, lon: 74.07 },
  // Pakistan, Afghanistan and Iran. Torkham lies on the line, a town on each side.
  { name: 'Torkham', country: null, lat: 34.1, lon: 71.1 },
  { name: 'Khyber', country: 'PAK', lat: 34.0, lon: 71.2 },
  { name: 'Chitral', country: 'PAK', lat: 35.85, lon: 71.79 },
  { name: 'Panjgur', country: 'PAK', lat: 26.96, lon: 64.09 },
  { name: 'Islam Qala', country: 'AFG', lat: 34.66, lon: 61.06 },
  { name: 'Saravan', country: 'IRN', lat: 27.37, lon: 62.33 },
  {
    name: 'Sistan-Baluchestan',
    aliases: ['Sistan and Baluchestan', 'Sistan-Baluchistan'],
    country: 'IRN',
    lat: 27.5,
    lon: 60.5,
  },
  // Thailand and Cambodia. Ta Krabey is one of the disputed temples.
  { name: 'Ta Krabey', country: null, lat: 14.33, lon: 103.63 },
  { name: 'Chong Chom', country: 'THA', lat: 14.44, lon: 103.75 },
  { name: "O'Smach", aliases: ['O Smach'], country: 'KHM', lat: 14.43, lon: 103.7 },
  { name: 'Anlong Veng', country: 'KHM', lat: 14.23, lon: 104.08 },
  // Congo and Rwanda
  { name: 'Kibumba', country: 'COD', lat: -1.5, lon: 29.35 },
  { name: 'Minova', country: 'COD', lat: -1.7, lon: 29.0 },
  { name: 'Bunagana', country: 'COD', lat: -1.28, lon: 29.6 },
  // Sudan and South Sudan
  { name: 'Darfur', country: 'SDN', lat: 13.0, lon: 24.0 },
  { name: 'Renk', country: 'SSD', lat: 11.75, lon: 32.8 },
  // Israel and Lebanon
  { name: 'Naqoura', country: 'LBN', lat: 33.12, lon: 35.14 },
  { name: 'Marjayoun', country: 'LBN', lat: 33.36, lon: 35.59 },
  { name: 'Kerem Shalom', country: 'ISR', lat: 31.23, lon: 34.28 },
  // Russia and Ukraine
  { name: 'Sudzha', country: 'RUS', lat: 51.19, lon: 35.27 },
  { name: 'Zaporizhzhia', country: 'UKR', lat: 47.84, lon: 35.14 },
  // Added in session 17: places of held-out border reports the gazetteer lacked.
  // India and Pakistan: Gurez and Pulwama in Indian-administered Kashmir; Athmuqam (Neelum valley)
  // and Balakot on the Pakistani side.
  { name: 'Gurez', country: 'IND', lat: 34.63, lon: 74.83 },
  { name: 'Pulwama', country: 'IND', lat: 33.87, lon: 74.9 },
  { name: 'Athmuqam', country: 'PAK', lat: 34.58, lon: 73.9 },
  { name: 'Balakot', country: 'PAK', lat: 34.55, lon: 73.35 },
  // Pakistan, Afghanistan and Iran.
  { name: 'Barmal', country: 'AFG', lat: 32.93, lon: 69.1 },
  { name: 'Mir Ali', country: 'PAK', lat: 32.97, lon: 70.28 },
  { name: 'Rask', country: 'IRN', lat: 26.24, lon: 61.4 },
  // Israel and Lebanon: villages of the south as the Lebanese news agency spells them.
  { name: 'Touline', country: 'LBN', lat: 33.22, lon: 35.47 },
  { name: 'Qlayaa', country: 'LBN', lat: 33.33, lon: 35.56 },
  { name: 'Yohmor', country: 'LBN', lat: 33.27, lon: 35.52 },
  // Armenia and Azerbaijan: Khnatsakh faces Azerbaijan in Syunik.
  { name: 'Khnatsakh', country: 'ARM', lat: 39.55, lon: 46.17 },
  // Kyrgyzstan and Tajikistan: Kok-Tash, at the Golovnoi water intake in Batken.
  { name: 'Kok-Tash', country: 'KGZ', lat: 39.98, lon: 70.67 },
  // Congo and Rwanda: towns the M23 took in North Kivu.
  { name: 'Kanyabayonga', country: 'COD', lat: -0.7, lon: 29.17 },
  { name: 'Rubaya', country: 'COD', lat: -1.56, lon: 28.88 },
  // The two Koreas and Brazil and Venezuela.
  { name: 'Paju', country: 'KOR', lat: 37.76, lon: 126.78 },
  { name: 'Pacaraima', country: 'BRA', lat: 4.48, lon: -61.15 },
  // Border towns the dev corpus also names (its figures gain from them: see docs/extraction-eval.md).
  { name: 'Gedaref', country: 'SDN', lat: 14.03, lon: 35.38 },
  { name: 'Myawaddy', country: 'MMR', lat: 16.69, lon: 98.51 },
  { name: 'Poipet', country: 'KHM', lat: 13.66, lon: 102.56 },
  { name: 'Phanom Dong Rak', country: 'THA', lat: 14.42, lon: 103.33 },
  { name: 'Berd', country: 'ARM', lat: 40.88, lon: 45.39 },
  { name: 'Gazakh', country: 'AZE', lat: 41.09, lon: 45.37 },
  { name: 'Chushul', country: 'IND', lat: 33.6, lon: 78.65 },
  { name: 'Cheorwon', country: 'KOR', lat: 38.15, lon: 127.31 },
  { name: 'Djugu', country: 'COD', lat: 1.92, lon: 30.5 },
  { name: 'Bobrowniki', country: 'POL', lat: 53.13, lon: 23.85 },
  // Kosovo (XKX) and Serbia: the Serb-majority north of Kosovo, as the news spells it (no diacritics).
  { name: 'Zvecan', country: 'XKX', lat: 42.91, lon: 20.84 },
  { name: 'Mitrovica', country: 'XKX', lat: 42.89, lon: 20.87 },
  { name: 'Banjska', country: 'XKX', lat: 43.0, lon: 20.79 },
  { name: 'Leposavic', country: 'XKX', lat: 43.1, lon: 20.8 },
  { name: 'Zubin Potok', country: 'XKX', lat: 42.91, lon: 20.69 },
  // Iraq and Turkey: Duhok, as the news spells Dahuk; Amadiya (Amedi) and Zakho in its province.
  { name: 'Duhok', country: 'IRQ', lat: 36.87, lon: 42.99 },
  { name: 'Amadiya', country: 'IRQ', lat: 37.09, lon: 43.49 },
  { name: 'Amedi', country: 'IRQ', lat: 37.09, lon: 43.49 },
  { name: 'Zakho', country: 'IRQ', lat: 37.14, lon: 42.68 },
  // Syria and Israel: the Druze city Israel's strikes of July 2025 were said to defend, as the news spells it.
  { name: 'Sweida', aliases: ['Suwayda', 'Suweida'], country: 'SYR', lat: 32.71, lon: 36.57 },
  // Iraq and Iran: the Kurdistan Region of Iraq (not Iran's Kurdistan province), and the towns in it
  // where Iran's strikes on Iranian-Kurdish parties fall, as the news spells them.
  { name: 'Kurdistan Region', aliases: ['Iraqi Kurdistan'], country: 'IRQ', lat: 36.2, lon: 44.0 },
  { name: 'Koya', aliases: ['Koysinjaq', 'Koysanjaq'], country: 'IRQ', lat: 36.08, lon: 44.63 },
  { name: 'Sulaimani', aliases: ['Sulaimaniyah', 'Slemani'], country: 'IRQ', lat: 35.56, lon: 45.43 },
  // Iran and Turkey, Iran and Iraq: Iran's provinces named after Azerbaijan, not the state.
  {
    name: 'West Azerbaijan',
    aliases: ['Western Azerbaijan', 'West Azarbaijan'],
    country: 'IRN',
    lat: 37.55,
    lon: 45.07,
  },
  { name: 'East Azerbaijan', aliases: ['Eastern Azerbaijan'], country: 'IRN', lat: 38.08, lon: 46.29 },
  // Russia and Ukraine: Glushkovo, in Russia's Kursk region on the Seim.
  { name: 'Glushkovo', country: 'RUS', lat: 51.34, lon: 34.63 },
  // Eritrea and Sudan: Tesseney, the Eritrean town facing Kassala.
  { name: 'Tesseney', aliases: ['Teseney', 'Tessenei'], country: 'ERI', lat: 15.11, lon: 36.66 },
  // China and India: friction points in Ladakh (Indian-held, claimed by China) where the 2024
  // patrolling arrangement applies.
  { name: 'Depsang', aliases: ['Depsang Plains', 'Depsang plains'], country: 'IND', lat: 35.3, lon: 78.1 },
  { name: 'Demchok', country: 'IND', lat: 32.7, lon: 79.45 },
  // China and India: Yangtse, in Arunachal's Tawang sector (the December 2022 clash), not the river
  // (the news spells it Yangtze).
  { name: 'Yangtse', country: 'IND', lat: 27.8, lon: 91.9 },
  // Added in session 42: disputed features at sea, named in the news of maritime dyads (configured
  // as extraPairs); "Scarborough" alone is a district of Toronto. China, the Philippines, Vietnam.
  {
    name: 'Scarborough Shoal',
    aliases: ['Huangyan Island', 'Bajo de Masinloc', 'Panatag Shoal'],
    country: null,
    lat: 15.15,
    lon: 117.76,
  },
  {
    name: 'Second Thomas Shoal',
    aliases: ['Ayungin Shoal', 'Ren’ai Reef'],
    country: null,
    lat: 9.74,
    lon: 115.87,
  },
  { name: 'Sabina Shoal', aliases: ['Escoda Shoal', 'Xianbin Reef'], country: null, lat: 9.75, lon: 116.48 },
  { name: 'Mischief Reef', country: null, lat: 9.9, lon: 115.53 },
  { name: 'Whitsun Reef', country: null, lat: 9.99, lon: 114.66 },
  { name: 'Spratly Islands', aliases: ['Spratlys', 'Nansha Islands'], country: null, lat: 10.0, lon: 114.3 },
  { name: 'Paracel Islands', aliases: ['Paracels', 'Xisha Islands'], country: null, lat: 16.5, lon: 112.0 },
  // China and Japan; Japan and South Korea.
  { name: 'Senkaku Islands', aliases: ['Diaoyu Islands', 'Senkakus'], country: null, lat: 25.75, lon: 123.5 },
  { name: 'Dokdo', aliases: ['Takeshima', 'Liancourt Rocks'], country: null, lat: 37.24, lon: 131.87 },
  // Added in session 55: crossings and border towns the datasets lack or spell otherwise, on
  // frontiers the news covers. Tunisia and Libya.
  { name: 'Ben Guerdane', aliases: ['Ben Gardane'], country: 'TUN', lat: 33.14, lon: 11.22 },
  { name: 'Ras Ajdir', aliases: ['Ras Jedir', 'Ras Jdir'], country: 'LBY', lat: 33.15, lon: 11.56 },
  { name: 'Zuwara', aliases: ['Zuara'], country: 'LBY', lat: 32.93, lon: 12.08 },
  // Chad and Sudan.
  { name: 'Adré', aliases: ['Adre'], country: 'TCD', lat: 13.47, lon: 22.2 },
  // India, Bangladesh, Pakistan, Nepal and Bhutan.
  { name: 'Cooch Behar', aliases: ['Koch Bihar'], country: 'IND', lat: 26.32, lon: 89.45 },
  { name: 'Petrapole', country: 'IND', lat: 23.03, lon: 88.89 },
  { name: 'Benapole', country: 'BGD', lat: 23.04, lon: 88.9 },
  { name: 'Burimari', country: 'BGD', lat: 26.4, lon: 89.02 },
  { name: 'Changrabandha', country: 'IND', lat: 26.38, lon: 89.04 },
  { name: 'Wagah', country: 'PAK', lat: 31.6, lon: 74.57 },
  { name: 'Attari', country: 'IND', lat: 31.6, lon: 74.61 },
  { name: 'Birgunj', country: 'NPL', lat: 27.01, lon: 84.88 },
  { name: 'Gelephu', country: 'BTN', lat: 26.87, lon: 90.49 },
  // China and India: the pass on the Sikkim line.
  { name: 'Nathu La', country: null, lat: 27.39, lon: 88.83 },
  // Vietnam, Cambodia and China.
  { name: 'Moc Bai', country: 'VNM', lat: 11.07, lon: 106.2 },
  { name: 'Bavet', country: 'KHM', lat: 11.07, lon: 106.16 },
  { name: 'Huu Nghi', aliases: ['Friendship Pass'], country: 'VNM', lat: 21.98, lon: 106.72 },
  // Djibouti and Eritrea.
  {
    name: 'Ras Doumeira',
    aliases: ['Doumeira', 'Dumeira', 'Doumeira Island'],
    country: null,
    lat: 12.71,
    lon: 43.13,
  },
  { name: 'Moulhoule', country: 'DJI', lat: 12.6, lon: 43.16 },
  // Sudan, South Sudan, Ethiopia, Kenya and Uganda.
  { name: 'Kurmuk', country: 'SDN', lat: 10.55, lon: 34.28 },
  { name: 'Nimule', country: 'SSD', lat: 3.6, lon: 32.06 },
  { name: 'Elegu', country: 'UGA', lat: 3.58, lon: 32.05 },
  { name: 'Kajo-Keji', aliases: ['Kajo Keji'], country: 'SSD', lat: 3.88, lon: 31.66 },
  { name: 'Morobo', country: 'SSD', lat: 3.7, lon: 30.77 },
  { name: 'Akobo', country: 'SSD', lat: 7.78, lon: 33.0 },
  { name: 'Nasir', country: 'SSD', lat: 8.6, lon: 33.07 },
  { name: 'Pochalla', country: 'SSD', lat: 7.18, lon: 34.1 },
  { name: 'Gambella', aliases: ['Gambela'], country: 'ETH', lat: 8.25, lon: 34.59 },
  { name: 'Lokichoggio', aliases: ['Lokichogio'], country: 'KEN', lat: 4.2, lon: 34.35 },
  { name: 'Kakuma', country: 'KEN', lat: 3.72, lon: 34.87 },
  { name: 'Muhuru Bay', country: 'KEN', lat: -1.0, lon: 34.1 },
  // Rwanda, Congo and Uganda.
  { name: 'Rusizi', country: 'RWA', lat: -2.48, lon: 28.91 },
  { name: 'Kamanyola', country: 'COD', lat: -2.75, lon: 29.0 },
  { name: 'Mpondwe', country: 'UGA', lat: 0.04, lon: 29.73 },
  { name: 'Kasindi', country: 'COD', lat: 0.04, lon: 29.71 },
  // Somalia and Kenya.
  {
    name: 'Beled Hawo',
    aliases: ['Belet Hawo', 'Bulo Hawo', 'Bula Hawa', 'Belet Xaawo'],
    country: 'SOM',
    lat: 3.92,
    lon: 41.88,
  },
  { name: 'Dolow', aliases: ['Dollow'], country: 'SOM', lat: 4.16, lon: 42.08 },
  { name: 'Dhobley', aliases: ['Dhobli'], country: 'SOM', lat: 0.41, lon: 41.01 },
  { name: 'Liboi', country: 'KEN', lat: 0.35, lon: 40.87 },
  { name: 'Afmadow', country: 'SOM', lat: 0.51, lon: 42.07 },
  // Cameroon and Nigeria.
  { name: 'Idabato', country: 'CMR', lat: 4.65, lon: 8.55 },
  { name: 'Marte', country: 'NGA', lat: 12.36, lon: 13.83 },
  // Honduras, Nicaragua and El Salvador, on the Gulf of Fonseca.
  { name: 'Amapala', country: 'HND', lat: 13.29, lon: -87.65 },
  // Spain and Morocco, at Ceuta and Melilla.
  { name: 'Tarajal', aliases: ['El Tarajal'], country: 'ESP', lat: 35.87, lon: -5.34 },
  { name: 'Fnideq', aliases: ['Castillejos'], country: 'MAR', lat: 35.85, lon: -5.36 },
  { name: 'Beni Ensar', aliases: ['Beni Enzar'], country: 'MAR', lat: 35.26, lon: -2.93 },
  // Chile and Bolivia.
  { name: 'Colchane', country: 'CHL', lat: -19.28, lon: -68.63 },
  { name: 'Pisiga', country: 'BOL', lat: -19.26, lon: -68.65 },
  // More flashpoints a sweep of the field's news found missing. India, China, Pakistan, Afghanistan, Nepal.
  { name: 'Naku La', country: null, lat: 27.99, lon: 88.73 },
  { name: 'Siachen', aliases: ['Siachen Glacier', 'Siachen glacier'], country: null, lat: 35.4, lon: 77.1 },
  { name: 'Angoor Adda', aliases: ['Angur Adda'], country: 'PAK', lat: 32.43, lon: 69.38 },
  { name: 'Limpiyadhura', country: null, lat: 30.25, lon: 80.7 },
  { name: 'Susta', country: null, lat: 27.37, lon: 83.93 },
  { name: 'Jhapa', country: 'NPL', lat: 26.55, lon: 87.9 },
  // Armenia and Azerbaijan; Georgia and its breakaway regions.
  { name: 'Zangezur', country: 'ARM', lat: 39.5, lon: 46.3 },
  { name: 'Akhalgori', country: null, lat: 42.13, lon: 44.48 },
  { name: 'Khurvaleti', country: 'GEO', lat: 42.1, lon: 44.25 },
  { name: 'Sukhumi', aliases: ['Sokhumi', 'Sukhum'], country: null, lat: 43.0, lon: 41.02 },
  // Russia's and Belarus's western neighbours.
  { name: 'Vaalimaa', country: 'FIN', lat: 60.57, lon: 27.85 },
  { name: 'Salla', country: 'FIN', lat: 66.83, lon: 28.67 },
  { name: 'Kuusamo', country: 'FIN', lat: 65.96, lon: 29.19 },
  { name: 'Medininkai', country: 'LTU', lat: 54.54, lon: 25.65 },
  // Syria, Turkey, Iraq and Lebanon.
  { name: 'Kobani', aliases: ['Ayn al-Arab', 'Ain al-Arab'], country: 'SYR', lat: 36.89, lon: 38.35 },
  { name: 'Tal Abyad', aliases: ['Tell Abyad'], country: 'SYR', lat: 36.7, lon: 38.95 },
  { name: 'Ras al-Ain', aliases: ['Ras al Ain', 'Serekaniye'], country: 'SYR', lat: 36.85, lon: 40.07 },
  { name: 'Hasakah', aliases: ['al-Hasakah', 'Hasaka'], country: 'SYR', lat: 36.5, lon: 40.75 },
  { name: 'al-Tanf', aliases: ['Tanf', 'At Tanf'], country: 'SYR', lat: 33.5, lon: 38.65 },
  { name: 'Qandil', aliases: ['Qandil mountains', 'Qandil Mountains'], country: 'IRQ', lat: 36.3, lon: 44.9 },
  { name: 'Metina', country: 'IRQ', lat: 37.17, lon: 43.37 },
  { name: 'Khiam', aliases: ['al-Khiam'], country: 'LBN', lat: 33.33, lon: 35.61 },
  // Egypt, Sudan, South Sudan, Eritrea.
  { name: 'Wadi Halfa', country: 'SDN', lat: 21.8, lon: 31.35 },
  { name: 'Shalateen', aliases: ['Shalatin'], country: null, lat: 23.14, lon: 35.59 },
  { name: 'Kafia Kingi', country: null, lat: 9.27, lon: 24.42 },
  { name: 'Tsorona', country: 'ERI', lat: 14.6, lon: 39.2 },
  // The Great Lakes and Lake Chad.
  { name: 'Sake', country: 'COD', lat: -1.57, lon: 29.04 },
  { name: 'Migingo', aliases: ['Migingo Island', 'Migingo island'], country: null, lat: -0.88, lon: 33.94 },
  { name: 'Mamfe', country: 'CMR', lat: 5.75, lon: 9.31 },
  { name: 'Fotokol', country: 'CMR', lat: 12.37, lon: 14.22 },
  { name: 'Kolofata', country: 'CMR', lat: 11.17, lon: 14.01 },
  { name: 'Baga', country: 'NGA', lat: 13.11, lon: 13.83 },
  { name: 'Monguno', country: 'NGA', lat: 12.67, lon: 13.61 },
  { name: 'Bosso', country: 'NER', lat: 13.7, lon: 13.31 },
  { name: 'Tessalit', country: 'MLI', lat: 20.2, lon: 1.01 },
  // Western Sahara.
  { name: 'Guerguerat', aliases: ['El Guerguerat'], country: null, lat: 21.37, lon: -16.95 },
  { name: 'Bir Lahlou', aliases: ['Bir Lehlou'], country: null, lat: 26.35, lon: -9.57 },
  { name: 'Tifariti', country: null, lat: 26.16, lon: -10.57 },
  { name: 'Mahbes', country: null, lat: 27.42, lon: -9.04 },
  // Guyana, Venezuela, Colombia, Ecuador.
  { name: 'Eteringbang', country: 'GUY', lat: 6.98, lon: -61.14 },
  { name: 'Tumeremo', country: 'VEN', lat: 7.3, lon: -61.5 },
  { name: 'Ureña', aliases: ['Urena'], country: 'VEN', lat: 7.92, lon: -72.44 },
  { name: 'Tibú', aliases: ['Tibu'], country: 'COL', lat: 8.64, lon: -72.73 },
  { name: 'Lago Agrio', country: 'ECU', lat: 0.09, lon: -76.89 },
  // Belize, Guatemala; Haiti, the Dominican Republic.
  { name: 'Chiquibul', country: 'BLZ', lat: 16.7, lon: -88.9 },
  { name: 'Benque Viejo', aliases: ['Benque Viejo del Carmen'], country: 'BLZ', lat: 17.07, lon: -89.14 },
  { name: 'Malpasse', country: 'HTI', lat: 18.51, lon: -71.87 },
  { name: 'Anse-à-Pitres', aliases: ['Anse-a-Pitres'], country: 'HTI', lat: 18.05, lon: -71.75 },
  // Myanmar, Thailand, Bangladesh.
  { name: 'Tachileik', aliases: ['Tachilek'], country: 'MMR', lat: 20.45, lon: 99.88 },
  { name: 'Buthidaung', country: 'MMR', lat: 20.87, lon: 92.53 },
  { name: 'Ghumdhum', country: 'BGD', lat: 21.2, lon: 92.18 },
  { name: "Cox's Bazar", aliases: ['Cox Bazar', 'Coxs Bazar'], country: 'BGD', lat: 21.44, lon: 92.01 },
  // The English spellings of border cities the datasets transliterate otherwise ("Tirmiz"), and
  // crossings and towns below their population floor. Central Asia and Afghanistan.
  { name: 'Termez', aliases: ['Termiz'], country: 'UZB', lat: 37.22, lon: 67.28 },
  { name: 'Kokand', country: 'UZB', lat: 40.53, lon: 70.94 },
  { name: 'Margilan', country: 'UZB', lat: 40.47, lon: 71.72 },
  { name: 'Urgench', country: 'UZB', lat: 41.55, lon: 60.63 },
  { name: 'Karshi', country: 'UZB', lat: 38.86, lon: 65.79 },
  { name: 'Navoi', country: 'UZB', lat: 40.08, lon: 65.38 },
  { name: 'Khorog', aliases: ['Khorugh'], country: 'TJK', lat: 37.49, lon: 71.55 },
  { name: 'Bokhtar', country: 'TJK', lat: 37.84, lon: 68.78 },
  { name: 'Dashoguz', country: 'TKM', lat: 41.84, lon: 59.97 },
  { name: 'Serhetabat', aliases: ['Kushka'], country: 'TKM', lat: 35.28, lon: 62.34 },
  { name: 'Mazar-i-Sharif', aliases: ['Mazar'], country: 'AFG', lat: 36.71, lon: 67.11 },
  { name: 'Sheberghan', aliases: ['Shibirghan'], country: 'AFG', lat: 36.67, lon: 65.75 },
  { name: 'Hairatan', country: 'AFG', lat: 37.23, lon: 67.42 },
  { name: 'Mirjaveh', country: 'IRN', lat: 29.02, lon: 61.45 },
  { name: 'Taftan', country: 'PAK', lat: 29.0, lon: 61.56 },
  // Iraq, Syria, Jordan, Lebanon.
  { name: 'Al-Qaim', aliases: ['Qaim', "al-Qa'im"], country: 'IRQ', lat: 34.37, lon: 41.09 },
  { name: 'Abu Kamal', aliases: ['Al-Bukamal', 'Bukamal'], country: 'SYR', lat: 34.45, lon: 40.92 },
  { name: 'Mayadin', aliases: ['Al-Mayadin', 'Mayadeen'], country: 'SYR', lat: 35.02, lon: 40.45 },
  { name: 'Rabia', country: 'IRQ', lat: 36.8, lon: 42.1 },
  { name: 'Tal Afar', aliases: ['Tall Afar'], country: 'IRQ', lat: 36.38, lon: 42.45 },
  { name: 'Rutba', aliases: ['Rutbah'], country: 'IRQ', lat: 33.04, lon: 40.28 },
  { name: 'Nasib', country: 'SYR', lat: 32.55, lon: 36.2 },
  { name: 'Jaber', country: 'JOR', lat: 32.5, lon: 36.2 },
  { name: 'Ramtha', country: 'JOR', lat: 32.56, lon: 36.01 },
  { name: 'Arsal', country: 'LBN', lat: 34.18, lon: 36.42 },
  { name: 'Masnaa', country: 'LBN', lat: 33.7, lon: 36.07 },
  { name: 'Azaz', country: 'SYR', lat: 36.59, lon: 37.05 },
  // India, Myanmar and China.
  { name: 'Moreh', country: 'IND', lat: 24.25, lon: 94.3 },
  { name: 'Tamu', country: 'MMR', lat: 24.22, lon: 94.31 },
  { name: 'Kalay', aliases: ['Kalemyo', 'Kale'], country: 'MMR', lat: 23.19, lon: 94.05 },
  { name: 'Champhai', country: 'IND', lat: 23.47, lon: 93.33 },
  { name: 'Zokhawthar', country: 'IND', lat: 23.37, lon: 93.39 },
  { name: 'Rikhawdar', aliases: ['Rihkhawdar'], country: 'MMR', lat: 23.37, lon: 93.37 },
  { name: 'Tedim', aliases: ['Tiddim'], country: 'MMR', lat: 23.37, lon: 93.65 },
  { name: 'Ruili', country: 'CHN', lat: 24.01, lon: 97.85 },
  { name: 'Laukkai', aliases: ['Laukkaing'], country: 'MMR', lat: 23.69, lon: 98.77 },
  // West Africa and the Great Lakes.
  { name: 'Koindu', country: 'SLE', lat: 8.46, lon: -10.33 },
  // Held by Guinea, claimed by Sierra Leone.
  { name: 'Yenga', country: null, lat: 8.47, lon: -10.35 },
  { name: 'Bassikounou', country: 'MRT', lat: 15.87, lon: -5.97 },
  { name: 'Mbera', country: 'MRT', lat: 15.86, lon: -5.77 },
  { name: 'Nioro du Sahel', aliases: ['Nioro'], country: 'MLI', lat: 15.23, lon: -9.59 },
  { name: 'Gatuna', country: 'RWA', lat: -1.43, lon: 30.0 },
  { name: 'Katuna', country: 'UGA', lat: -1.42, lon: 30.0 },
  { name: 'Cyanika', country: 'RWA', lat: -1.35, lon: 29.74 },
  // The Americas.
  { name: 'Paraguachon', country: 'VEN', lat: 11.36, lon: -72.13 },
  { name: 'Lethem', country: 'GUY', lat: 3.38, lon: -59.8 },
  { name: 'Belladere', country: 'HTI', lat: 18.86, lon: -71.78 },
  { name: 'Tecun Uman', country: 'GTM', lat: 14.68, lon: -92.15 },
  // Run by Guyana, claimed by Suriname.
  { name: 'New River Triangle', aliases: ['Tigri'], country: null, lat: 2.5, lon: -57.0 },
  // East Timor's Oecusse enclave: Naktuka is claimed by both.
  { name: 'Naktuka', country: null, lat: -9.3, lon: 124.05 },
  { name: 'Citrana', country: 'TLS', lat: -9.32, lon: 124.07 },
  // Europe and the Caucasus.
  { name: 'Bruzgi', country: 'BLR', lat: 53.6, lon: 23.8 },
  { name: 'Palanca', country: 'MDA', lat: 46.4, lon: 30.1 },
  { name: 'Akhalkalaki', country: 'GEO', lat: 41.4, lon: 43.49 },
  { name: 'Kazbegi', aliases: ['Stepantsminda'], country: 'GEO', lat: 42.66, lon: 44.64 },
  { name: 'Sadakhlo', country: 'GEO', lat: 41.25, lon: 44.8 },
  { name: 'Horodlo', country: 'POL', lat: 50.89, lon: 24.04 },
  { name: 'Hrubieszow', country: 'POL', lat: 50.8, lon: 23.89 },
  { name: 'Przewodow', country: 'POL', lat: 50.47, lon: 23.95 },
  { name: 'Plauru', country: 'ROU', lat: 45.33, lon: 28.85 },
  // The Caucasus, the Gulf, Sinai and Iraq.
  { name: 'Grozny', country: 'RUS', lat: 43.32, lon: 45.69 },
  { name: 'El Arish', aliases: ['Al-Arish'], country: 'EGY', lat: 31.13, lon: 33.8 },
  // The strip along Gaza's border with Egypt.
  { name: 'Philadelphi corridor', aliases: ['Philadelphi'], country: null, lat: 31.25, lon: 34.25 },
  { name: 'Al-Faw', aliases: ['Faw', 'Fao'], country: 'IRQ', lat: 29.98, lon: 48.47 },
  { name: 'Hamrin Mountains', aliases: ['Hamrin'], country: 'IRQ', lat: 34.4, lon: 44.5 },
  { name: 'Salahuddin', aliases: ['Salah al-Din', 'Saladin'], country: 'IRQ', lat: 34.5, lon: 43.5 },
  // Thailand and Malaysia.
  {
    name: 'Sungai Kolok',
    aliases: ['Sungai Golok', 'Su-ngai Kolok'],
    country: 'THA',
    lat: 6.03,
    lon: 101.97,
  },
  { name: 'Rantau Panjang', country: 'MYS', lat: 6.02, lon: 101.98 },
  // West and Central Africa, the Horn.
  { name: 'Djibo', country: 'BFA', lat: 14.1, lon: -1.63 },
  { name: 'Bouna', country: 'CIV', lat: 9.27, lon: -3.0 },
  { name: 'Doropo', country: 'CIV', lat: 9.8, lon: -3.33 },
  { name: 'Pweto', country: 'COD', lat: -8.47, lon: 28.9 },
  { name: 'Nchelenge', country: 'ZMB', lat: -9.35, lon: 28.73 },
  { name: 'Maro', country: 'TCD', lat: 8.42, lon: 18.77 },
  { name: 'Markounda', country: 'CAF', lat: 7.63, lon: 17.0 },
  { name: 'Sololo', country: 'KEN', lat: 3.55, lon: 38.65 },
  { name: 'Santa Elena de Uairen', country: 'VEN', lat: 4.6, lon: -61.11 },
  // Afghanistan, Central Asia, Nepal, Cambodia.
  { name: 'Torghundi', country: 'AFG', lat: 35.25, lon: 62.29 },
  { name: 'Zafarobod', country: 'TJK', lat: 40.23, lon: 69.02 },
  { name: 'Rogun', country: 'TJK', lat: 38.78, lon: 69.77 },
  { name: 'Limi Valley', aliases: ['Limi'], country: 'NPL', lat: 30.3, lon: 81.6 },
  { name: 'Namkha', country: 'NPL', lat: 30.1, lon: 81.7 },
  { name: 'Siem Pang', country: 'KHM', lat: 14.12, lon: 106.39 },
  // Egypt and Libya; Qatar and Saudi Arabia.
  { name: 'Salloum', aliases: ['Sallum', 'El Salloum'], country: 'EGY', lat: 31.55, lon: 25.16 },
  { name: 'Assiut', aliases: ['Asyut'], country: 'EGY', lat: 27.18, lon: 31.18 },
  { name: 'Upper Egypt', country: 'EGY', lat: 26.0, lon: 32.5 },
  { name: 'Jaghbub', aliases: ['Al Jaghbub'], country: 'LBY', lat: 29.74, lon: 24.52 },
  { name: 'Al-Jufra', aliases: ['Jufra', 'Al Jufra'], country: 'LBY', lat: 29.1, lon: 16.0 },
  { name: 'Musaid', aliases: ['Amsaad', 'Emsaed'], country: 'LBY', lat: 31.6, lon: 25.05 },
  { name: 'Abu Samra', country: 'QAT', lat: 24.75, lon: 50.84 },
  { name: 'AlUla', aliases: ['Al-Ula', 'Al Ula'], country: 'SAU', lat: 26.62, lon: 37.92 },
  // Tanzania and Mozambique.
  { name: 'Kitaya', country: 'TZA', lat: -10.65, lon: 40.15 },
  { name: 'Mocimboa da Praia', country: 'MOZ', lat: -11.35, lon: 40.35 },
  // The Balkans, Hungary and Romania.
  { name: 'Karakaj', country: 'BIH', lat: 44.42, lon: 19.14 },
  { name: 'Horgos', aliases: ['Horgoš'], country: 'SRB', lat: 46.16, lon: 19.97 },
  { name: 'Transylvania', country: 'ROU', lat: 46.5, lon: 24.0 },
  { name: 'Uz Valley', aliases: ['Valea Uzului'], country: 'ROU', lat: 46.35, lon: 26.05 },
  // Mongolia and China, Russia and Kazakhstan, Norway.
  { name: 'Zamyn-Uud', aliases: ['Zamiin-Uud', 'Zamyn-Üüd'], country: 'MNG', lat: 43.72, lon: 111.9 },
  { name: 'Khatanbulag', country: 'MNG', lat: 43.15, lon: 109.45 },
  { name: 'Arvaikheer', country: 'MNG', lat: 46.27, lon: 102.78 },
  { name: 'Uvurkhangai', aliases: ['Ovorkhangai'], country: 'MNG', lat: 45.8, lon: 102.5 },
  { name: 'Erenhot', aliases: ['Erlian'], country: 'CHN', lat: 43.65, lon: 111.98 },
  { name: 'Inner Mongolia', country: 'CHN', lat: 44.0, lon: 113.0 },
  { name: 'Yanbian', country: 'CHN', lat: 42.9, lon: 129.5 },
  { name: 'Petukhovo', country: 'RUS', lat: 55.07, lon: 67.9 },
  { name: 'Saryagash', aliases: ['Saryaghash'], country: 'KAZ', lat: 41.45, lon: 69.17 },
  { name: 'Keles', country: 'UZB', lat: 41.41, lon: 69.21 },
  { name: 'Alat', country: 'UZB', lat: 39.43, lon: 63.8 },
  { name: 'Farap', country: 'TKM', lat: 39.17, lon: 63.61 },
  { name: 'Kirkenes', country: 'NOR', lat: 69.73, lon: 30.05 },
  { name: 'Storskog', country: 'NOR', lat: 69.66, lon: 30.13 },
  { name: 'Sor-Varanger', aliases: ['Sør-Varanger'], country: 'NOR', lat: 69.5, lon: 30.0 },
  { name: 'Bear Island', aliases: ['Bjornoya', 'Bjørnøya'], country: 'NOR', lat: 74.43, lon: 19.0 },
  // Iran and Turkey.
  { name: 'Urmia', aliases: ['Orumiyeh', 'Urumieh'], country: 'IRN', lat: 37.55, lon: 45.07 },
  { name: 'Razi', country: 'IRN', lat: 38.5, lon: 44.45 },
  { name: 'Kapikoy', aliases: ['Kapıköy'], country: 'TUR', lat: 38.47, lon: 44.4 },
  { name: 'Mount Ararat', country: 'TUR', lat: 39.7, lon: 44.3 },
  { name: 'Lesser Ararat', country: 'TUR', lat: 39.65, lon: 44.4 },
  // Sudan and Chad.
  { name: 'Misterei', country: 'SDN', lat: 12.85, lon: 22.1 },
  { name: 'Farchana', country: 'TCD', lat: 13.63, lon: 21.98 },
  { name: 'Ourang', country: 'TCD', lat: 13.45, lon: 21.75 },
  { name: 'Hamashkoreib', country: 'SDN', lat: 17.2, lon: 36.6 },
  // Central, West and Southern Africa.
  { name: 'Beloko', country: 'CAF', lat: 5.93, lon: 14.98 },
  { name: 'Kailahun', country: 'SLE', lat: 8.28, lon: -10.57 },
  { name: 'Bafut', country: 'CMR', lat: 6.08, lon: 10.1 },
  { name: 'Kombo Abedimo', country: 'CMR', lat: 4.73, lon: 8.57 },
  { name: 'Toulepleu', aliases: ['Toulépleu'], country: 'CIV', lat: 6.58, lon: -8.41 },
  { name: 'Mossaka', country: 'COG', lat: -1.23, lon: 16.8 },
  { name: 'Gueskerou', aliases: ['Gueskérou'], country: 'NER', lat: 13.49, lon: 12.87 },
  { name: 'Damasak', country: 'NGA', lat: 13.1, lon: 12.5 },
  { name: "Birni N'Konni", aliases: ['Birnin Konni', 'Konni'], country: 'NER', lat: 13.8, lon: 5.25 },
  { name: 'Machipanda', country: 'MOZ', lat: -18.98, lon: 32.73 },
  { name: 'Milange', country: 'MOZ', lat: -16.1, lon: 35.77 },
  { name: 'Macomia', country: 'MOZ', lat: -12.25, lon: 40.12 },
  { name: 'Itungi', country: 'TZA', lat: -9.58, lon: 33.95 },
  { name: 'Musina', country: 'ZAF', lat: -22.35, lon: 30.04 },
  { name: 'Luderitz', aliases: ['Lüderitz'], country: 'NAM', lat: -26.65, lon: 15.16 },
  // South and Central America.
  { name: 'El Alto', country: 'BOL', lat: -16.5, lon: -68.19 },
  { name: 'Villamontes', country: 'BOL', lat: -21.26, lon: -63.47 },
  { name: 'Desaguadero', country: 'PER', lat: -16.57, lon: -69.04 },
  { name: 'Yunguyo', country: 'PER', lat: -16.25, lon: -69.09 },
  { name: 'VRAEM', country: 'PER', lat: -12.5, lon: -74.0 },
  { name: 'Vizcatan del Ene', aliases: ['Vizcatán del Ene'], country: 'PER', lat: -12.3, lon: -74.3 },
  { name: 'Valle Nuevo', country: 'GTM', lat: 13.95, lon: -89.85 },
  // Iraq, Jordan, Oman and Yemen.
  { name: 'Nukhaib', aliases: ['Nukhayb'], country: 'IRQ', lat: 32.04, lon: 42.26 },
  { name: 'Karameh', aliases: ['Karama', 'Al-Karama', 'Al-Karameh'], country: 'JOR', lat: 31.95, lon: 35.58 },
  { name: 'Deir Alla', aliases: ["Deir 'Alla"], country: 'JOR', lat: 32.2, lon: 35.62 },
  { name: 'Rweished', aliases: ['Ruwaished', 'Al-Ruwaished'], country: 'JOR', lat: 32.5, lon: 38.2 },
  { name: 'Mahra', aliases: ['al-Mahra', 'Al Mahra'], country: 'YEM', lat: 16.5, lon: 51.5 },
  { name: 'Sarfait', country: 'OMN', lat: 16.68, lon: 53.1 },
  // Laos.
  { name: 'Paksan', aliases: ['Pakxan'], country: 'LAO', lat: 18.38, lon: 103.65 },
  { name: 'Boten', country: 'LAO', lat: 21.19, lon: 101.67 },
  // Cities the datasets name otherwise ("New York City", "Hrodna") or keep as minor provinces.
  { name: 'New York', country: 'USA', lat: 40.71, lon: -74.01 },
  { name: 'Grodno', aliases: ['Hrodna'], country: 'BLR', lat: 53.68, lon: 23.83 },
  // Towns of earlier held-out batches' stories the datasets lack.
  { name: 'Dogharoun', aliases: ['Dogharun'], country: 'IRN', lat: 34.6, lon: 61.1 },
  { name: 'Bint Jbeil', country: 'LBN', lat: 33.12, lon: 35.43 },
  { name: 'Rmeish', country: 'LBN', lat: 33.08, lon: 35.37 },
  { name: 'Aita al-Shaab', aliases: ['Aita al-Shab'], country: 'LBN', lat: 33.1, lon: 35.33 },
  { name: 'Shlomi', country: 'ISR', lat: 33.07, lon: 35.14 },
  { name: 'Jolfa', aliases: ['Julfa'], country: 'IRN', lat: 38.94, lon: 45.63 },
  { name: 'Halabja', country: 'IRQ', lat: 35.18, lon: 45.99 },
  { name: 'Qasr-e Shirin', country: 'IRN', lat: 34.52, lon: 45.58 },
  { name: 'Darbandikhan', aliases: ['Derbendikhan'], country: 'IRQ', lat: 35.11, lon: 45.7 },
  { name: 'Salkhad', country: 'SYR', lat: 32.49, lon: 36.71 },
  { name: 'Zouar', country: 'TCD', lat: 20.45, lon: 16.53 },
  { name: 'Banibangou', country: 'NER', lat: 15.04, lon: 2.7 },
  { name: 'Ouallam', country: 'NER', lat: 14.32, lon: 2.09 },
  { name: 'Kalai-Khumb', aliases: ['Qalai Khumb', 'Kalaikhum'], country: 'TJK', lat: 38.46, lon: 70.79 },
  { name: 'Naikhongchhari', country: 'BGD', lat: 21.42, lon: 92.18 },
  { name: 'Naslavcea', country: 'MDA', lat: 48.47, lon: 27.58 },
  { name: 'Novodnistrovsk', country: 'UKR', lat: 48.58, lon: 27.44 },
  { name: 'Korday', aliases: ['Kordai'], country: 'KAZ', lat: 43.03, lon: 74.71 },
  { name: 'Ogaden', country: 'ETH', lat: 7.0, lon: 44.0 },
  { name: 'Bariloche', aliases: ['San Carlos de Bariloche'], country: 'ARG', lat: -41.13, lon: -71.31 },
  { name: 'Frontera Comalapa', country: 'MEX', lat: 15.66, lon: -92.14 },
  { name: 'Mahagi', country: 'COD', lat: 2.3, lon: 30.99 },
  { name: 'Lubero', country: 'COD', lat: -0.16, lon: 29.24 },
  { name: 'Turbi', country: 'KEN', lat: 3.35, lon: 38.33 },
  { name: 'Tengnoupal', country: 'IND', lat: 24.39, lon: 94.15 },
  { name: 'Gengma', country: 'CHN', lat: 23.54, lon: 99.4 },
  // Held-out batch 10 (session 58). The Caucasus and Central Asia.
  { name: 'Sagarejo', country: 'GEO', lat: 41.73, lon: 45.33 },
  { name: 'Dedoplistskaro', aliases: ['Dedoplis Tskaro'], country: 'GEO', lat: 41.46, lon: 46.1 },
  // The monastery on the Georgian-Azerbaijani line, whose upper caves both claim.
  {
    name: 'David Gareja',
    aliases: ['Davit Gareja', 'Keshikchidag', 'Keshikchidagh'],
    country: null,
    lat: 41.45,
    lon: 45.38,
  },
  { name: 'Hopa', country: 'TUR', lat: 41.39, lon: 41.42 },
  { name: 'Bakhty', country: 'KAZ', lat: 46.66, lon: 82.73 },
  { name: 'Urzhar', aliases: ['Ürzhar', 'Urdzhar'], country: 'KAZ', lat: 47.09, lon: 81.63 },
  { name: 'Rushan', country: 'TJK', lat: 37.95, lon: 71.55 },
  { name: 'Debelde', aliases: ['Debelldeh'], country: 'XKX', lat: 42.26, lon: 21.53 },
  { name: 'Una-Sana', aliases: ['Una-Sana Canton'], country: 'BIH', lat: 44.8, lon: 15.9 },
  // Africa.
  { name: 'Loliondo', country: 'TZA', lat: -2.05, lon: 35.62 },
  { name: 'Taveta', country: 'KEN', lat: -3.4, lon: 37.68 },
  { name: 'Holili', country: 'TZA', lat: -3.37, lon: 37.63 },
  { name: 'Mutukula', country: 'TZA', lat: -1.0, lon: 31.42 },
  { name: 'Lukaya', country: 'UGA', lat: -0.15, lon: 31.87 },
  { name: 'Sinazongwe', country: 'ZMB', lat: -17.26, lon: 27.46 },
  { name: 'Binga', country: 'ZWE', lat: -17.62, lon: 27.34 },
  { name: 'Zobue', aliases: ['Zóbuè'], country: 'MOZ', lat: -15.6, lon: 34.42 },
  { name: 'Morrumbala', country: 'MOZ', lat: -17.33, lon: 35.58 },
  { name: 'Nokou', country: 'TCD', lat: 14.58, lon: 14.78 },
  { name: 'Ndop', country: 'CMR', lat: 5.99, lon: 10.42 },
  { name: 'Logone-et-Chari', country: 'CMR', lat: 11.9, lon: 14.9 },
  { name: 'Madama', country: 'NER', lat: 21.95, lon: 13.65 },
  { name: 'Dirkou', country: 'NER', lat: 18.98, lon: 12.88 },
  { name: 'Qatrun', aliases: ['Al Qatrun', 'Gatrun'], country: 'LBY', lat: 24.93, lon: 14.64 },
  { name: 'Fezzan', country: 'LBY', lat: 26.0, lon: 14.0 },
  // The islands Gabon and Equatorial Guinea took to the International Court of Justice.
  { name: 'Mbanie', aliases: ['Mbanié'], country: null, lat: 0.78, lon: 9.3 },
  // The Americas and Southeast Asia.
  { name: 'Upala', country: 'CRI', lat: 10.9, lon: -85.02 },
  { name: 'Barra del Colorado', country: 'CRI', lat: 10.77, lon: -83.59 },
  { name: 'San Juan de Nicaragua', country: 'NIC', lat: 10.92, lon: -83.7 },
  { name: 'Isla Portillos', country: 'CRI', lat: 10.93, lon: -83.68 },
  { name: 'Meanguera', country: 'SLV', lat: 13.18, lon: -87.71 },
  { name: 'Caborca', country: 'MEX', lat: 30.71, lon: -112.15 },
  { name: 'Intan Jaya', country: 'IDN', lat: -3.5, lon: 136.9 },
  { name: 'Sugapa', country: 'IDN', lat: -3.74, lon: 137.03 },
  { name: 'Sipadan', country: 'MYS', lat: 4.11, lon: 118.63 },
  { name: 'Ligitan', country: 'MYS', lat: 4.16, lon: 118.88 },
  // The sea block off Borneo Indonesia and Malaysia both claim.
  { name: 'Ambalat', country: null, lat: 3.0, lon: 118.6 },
  // The gulf's shore towns and the Iraqi crossing facing Jordan's Karameh.
  { name: 'Madha', country: 'OMN', lat: 25.28, lon: 56.33 },
  { name: 'Khor Fakkan', country: 'ARE', lat: 25.34, lon: 56.35 },
  { name: 'Trebil', aliases: ['Tarbil'], country: 'IRQ', lat: 33.0, lon: 38.85 },
];

/**
 * Towns of the gazetteer whose names are ordinary words, capitalised in titles and longer names
 * ("Central Papua", "Central and South Asia", "the Union State"): never looked up as places.
 */
export const WORD_LIKE_TOWN_NAMES: ReadonlySet<string> = new Set([
  'Central',
  'Union',
  'Independence',
  'Liberty',
  'Concord',
  'Enterprise',
  'Paradise',
  'Mission',
  'Federal',
]);
