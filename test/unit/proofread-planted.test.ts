import { describe, expect, it } from 'vitest';
import { checkLines, checkText } from '../../core/proofread/check-text.ts';
import { CANON, formulations } from '../../core/proofread/dictionary.ts';
import { CONFUSIONS } from '../../core/proofread/rules-typo.ts';
import { NEAR_SOUNDS } from '../../core/proofread/near-sounds.ts';
import { alike, nearSound, WORD_ENDINGS } from '../../core/proofread/alike.ts';
import { pinyin } from 'pinyin-pro';
import shapes from '../../templates/proofread/similar-shapes.json' with { type: 'json' };

/**
 * 校对 against errors planted in official sentences: every family of the canon, each kind of slip,
 * each common confusion. Recall is printed; a floor is asserted.
 */
const dict = formulations();

type Kind =
  | 'sound'
  | 'shape'
  | 'near sound'
  | 'word ending'
  | 'missing'
  | 'extra'
  | 'swapped'
  | 'member'
  | 'order'
  | 'verb'
  | 'wrong form'
  | 'name'
  | 'name swapped'
  | 'number';

/** [family, kind, text with the error, what is found, its fix (null: the message names what is missing)] */
const CASES: [string, Kind, string, string, string | null][] = [
  ['党的指导思想', 'shape', '坚持以马克思列宁主义、毛泽东思想、邓小平理沦为指导', '邓小平理沦', '邓小平理论'],
  ['党的指导思想', 'sound', '全面落实科学发展关', '科学发展关', '科学发展观'],
  ['党的指导思想', 'missing', '以近平新时代中国特色社会主义思想为指导', '近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想'],
  ['领导人称谓', 'missing', '深入学习近平新时代中国特色社会主义思想', '学习近平', '学习习近平'],
  ['党的指导思想', 'order', '坚持马克思列宁主义、邓小平理论、毛泽东思想、科学发展观', '马克思列宁主义、邓小平理论、毛泽东思想、科学发展观', '马克思列宁主义、毛泽东思想、邓小平理论、科学发展观'],
  ['习近平新时代中国特色社会主义思想', 'sound', '深入学习习近平经济思享', '习近平经济思享', '习近平经济思想'],
  ['习近平新时代中国特色社会主义思想', 'swapped', '不断推进马克思主义中国化代时化', '马克思主义中国化代时化', '马克思主义中国化时代化'],
  ['习近平新时代中国特色社会主义思想', 'missing', '深入学习贯彻习近平法治想', '习近平法治想', '习近平法治思想'],
  ['十个明确', 'sound', '中国共产党是最高政治领导力亮', '中国共产党是最高政治领导力亮', '中国共产党是最高政治领导力量'],
  ['十个明确', 'extra', '推进国家治理体系和治理理能力现代化', '推进国家治理体系和治理理能力现代化', '推进国家治理体系和治理能力现代化'],
  ['十个明确', 'order', '建设一支听党指挥、作风优良、能打胜仗的人民军队', '听党指挥、作风优良、能打胜仗', '听党指挥、能打胜仗、作风优良'],
  ['十三个方面成就', 'sound', '加强国防和军对建设', '国防和军对建设', '国防和军队建设'],
  ['十四个坚持', 'sound', '坚持人民当家做主', '人民当家做主', '人民当家作主'],
  ['十四个坚持', 'sound', '坚持党对一切工作的领到', '党对一切工作的领到', '党对一切工作的领导'],
  ['两个确立', 'wrong form', '确立习近平总书记党中央的核心、全党的核心地位', '确立习近平总书记党中央的核心', '确立习近平同志党中央的核心'],
  ['两个确立', 'verb', '坚决做到“两个确立”', '做到', null],
  ['两个确立', 'sound', '深刻领悟“两个确立”的决定性异义', '深刻领悟“两个确立”的决定性异义', '深刻领悟“两个确立”的决定性意义'],
  ['两个维护', 'wrong form', '坚决维护习近平同志党中央的核心', '维护习近平同志党中央的核心', '维护习近平总书记党中央的核心'],
  ['两个维护', 'verb', '增强“两个维护”', '增强', '做到'],
  ['两个维护', 'name', '坚决做到“两个唯护”', '两个唯护', '两个维护'],
  ['四个意识', 'member', '增强政治意识、大局意识、看齐意识', '政治意识、大局意识、看齐意识', null],
  ['四个意识', 'sound', '增强政治意识、大局意识、核心意识、看起意识', '看起意识', '看齐意识'],
  ['四个意识', 'order', '增强大局意识、政治意识、核心意识、看齐意识', '大局意识、政治意识、核心意识、看齐意识', '政治意识、大局意识、核心意识、看齐意识'],
  ['四个意识', 'verb', '坚定“四个意识”', '坚定', '增强'],
  ['四个自信', 'name', '坚定“四个信”', '四个信', '四个自信'],
  ['四个自信', 'sound', '坚定道路自信、理论自信、制度自信、文化自新', '文化自新', '文化自信'],
  ['四个自信', 'order', '坚定道路自信、制度自信、理论自信、文化自信', '道路自信、制度自信、理论自信、文化自信', '道路自信、理论自信、制度自信、文化自信'],
  ['六个必须坚持', 'member', '必须坚持人民至上、自信自立、守正创新、问题导向、系统观念', '人民至上、自信自立、守正创新、问题导向、系统观念', null],
  ['五个必由之路', 'sound', '团结奋斗是中国人民创造历史伟叶的必由之路', '团结奋斗是中国人民创造历史伟叶的必由之路', '团结奋斗是中国人民创造历史伟业的必由之路'],
  ['中国式现代化', 'sound', '实现中华民族伟大复星', '中华民族伟大复星', '中华民族伟大复兴'],
  ['中国式现代化', 'swapped', '实现中华民伟族大复兴', '中华民伟族大复兴', '中华民族伟大复兴'],
  ['中国式现代化', 'sound', '中国式现代化是人与自然和谐共生的现代化，是走和平发展道路的现代话', '走和平发展道路的现代话', '走和平发展道路的现代化'],
  ['中国式现代化', 'order', '坚持中国共产党领导，坚持中国特色社会主义，发展全过程人民民主，实现高质量发展，丰富人民精神世界，实现全体人民共同富裕，促进人与自然和谐共生，推动构建人类命运共同体，创造人类文明新形态', '坚持中国共产党领导，坚持中国特色社会主义，发展全过程人民民主，实现高质量发展，丰富人民精神世界，实现全体人民共同富裕，促进人与自然和谐共生，推动构建人类命运共同体，创造人类文明新形态', '坚持中国共产党领导，坚持中国特色社会主义，实现高质量发展，发展全过程人民民主，丰富人民精神世界，实现全体人民共同富裕，促进人与自然和谐共生，推动构建人类命运共同体，创造人类文明新形态'],
  ['新时代的判断与要求', 'sound', '世界百年未有之大变居', '世界百年未有之大变居', '世界百年未有之大变局'],
  ['新时代的判断与要求', 'missing', '踔厉奋发、勇前行', '踔厉奋发、勇前行', '踔厉奋发、勇毅前行'],
  ['四个全面', 'verb', '统筹推进“四个全面”战略布局', '统筹推进', '协调推进'],
  ['四个全面', 'wrong form', '协调推进“四个全面”总体布局', '“四个全面”总体布局', '“四个全面”战略布局'],
  ['四个全面', 'sound', '协调推进四个全棉战略布局', '四个全棉', '四个全面'],
  ['四个全面', 'shape', '坚持全面依法治固', '全面依法治固', '全面依法治国'],
  ['五位一体', 'shape', '统筹推进“五位一休”总体布局', '五位一休', '五位一体'],
  ['五位一体', 'member', '统筹推进经济建设、政治建设、文化建设、社会建设', '经济建设、政治建设、文化建设、社会建设', null],
  ['五位一体', 'verb', '协调推进“五位一体”总体布局', '协调推进', '统筹推进'],
  ['五位一体', 'wrong form', '统筹推进“五位一体”战略布局', '“五位一体”战略布局', '“五位一体”总体布局'],
  ['两个结合', 'order', '把马克思主义基本原理同中华优秀传统文化相结合、同中国具体实际相结合', '同中华优秀传统文化相结合、同中国具体实际相结合', '同中国具体实际相结合、同中华优秀传统文化相结合'],
  ['两个结合', 'sound', '坚持“两个节合”', '两个节合', '两个结合'],
  ['三个务必', 'missing', '全党同志务必谦虚谨慎、艰苦奋，务必敢于斗争', '务必谦虚谨慎、艰苦奋', '务必谦虚谨慎、艰苦奋斗'],
  ['新时代的判断与要求', 'swapped', '务必敢于斗争、善于争斗', '敢于斗争、善于争斗', '敢于斗争、善于斗争'],
  ['三个务必', 'order', '务必谦虚谨慎、艰苦奋斗，务必不忘初心、牢记使命，务必敢于斗争、善于斗争', '务必谦虚谨慎、艰苦奋斗，务必不忘初心、牢记使命，务必敢于斗争、善于斗争', '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争'],
  ['两个务必', 'sound', '务必使同志们继续地保持艰苦奋斗的做风', '务必使同志们继续地保持艰苦奋斗的做风', '务必使同志们继续地保持艰苦奋斗的作风'],
  ['全过程人民民主', 'missing', '发展全过程民民主', '全过程民民主', '全过程人民民主'],
  ['全过程人民民主', 'sound', '是最广泛、最真实、最管用的民住', '最广泛、最真实、最管用的民住', '最广泛、最真实、最管用的民主'],
  ['总体国家安全观', 'sound', '坚持总体国家安全关', '总体国家安全关', '总体国家安全观'],
  ['总体国家安全观', 'order', '以政治安全为根本、以人民安全为宗旨、以经济安全为基础、以军事科技文化社会安全为保障、以促进国际安全为依托', '以政治安全为根本、以人民安全为宗旨、以经济安全为基础、以军事科技文化社会安全为保障、以促进国际安全为依托', '以人民安全为宗旨、以政治安全为根本、以经济安全为基础、以军事科技文化社会安全为保障、以促进国际安全为依托'],
  ['人类命运共同体', 'shape', '推动构建人类命运共同休', '人类命运共同休', '人类命运共同体'],
  ['人类命运共同体', 'order', '弘扬和平、发展、民主、自由、公平、正义的全人类共同价值', '和平、发展、民主、自由、公平、正义', '和平、发展、公平、正义、民主、自由'],
  ['一带一路', 'sound', '高质量共建一代一路', '一代一路', '一带一路'],
  ['一带一路', 'order', '推进政策沟通、贸易畅通、设施联通、资金融通、民心相通', '政策沟通、贸易畅通、设施联通、资金融通、民心相通', '政策沟通、设施联通、贸易畅通、资金融通、民心相通'],
  ['一带一路', 'number', '共建“1带1路”', '1带1路', '一带一路'],
  ['新发展理念', 'member', '坚持创新、协调、绿色、开放的发展理念', '创新、协调、绿色、开放', null],
  ['新发展理念', 'sound', '完整、准确、全面贯彻新发展理年', '新发展理年', '新发展理念'],
  ['新发展格局', 'shape', '加快构建新发展恪局', '新发展恪局', '新发展格局'],
  ['新发展格局', 'sound', '深化供给侧结构性改格', '深化供给侧结构性改格', '深化供给侧结构性改革'],
  ['高质量发展', 'sound', '着力推动高质量发辗', '高质量发辗', '高质量发展'],
  ['高质量发展', 'missing', '深入实施创新驱发展战略', '创新驱发展战略', '创新驱动发展战略'],
  ['高质量发展', 'order', '加快建设科技强国、教育强国、人才强国', '科技强国、教育强国、人才强国', '教育强国、科技强国、人才强国'],
  ['新质生产力', 'sound', '因地制宜发展新质生产立', '新质生产立', '新质生产力'],
  ['新质生产力', 'shape', '加快发展新质生产刀', '新质生产刀', '新质生产力'],
  ['共同富裕', 'shape', '扎实推进共同富俗', '共同富俗', '共同富裕'],
  ['共同富裕', 'sound', '实现共同富玉', '共同富玉', '共同富裕'],
  ['乡村振兴', 'sound', '全面推进乡村镇兴', '乡村镇兴', '乡村振兴'],
  ['乡村振兴', 'shape', '全面推进乡村振举', '乡村振举', '乡村振兴'],
  ['乡村振兴', 'order', '按照产业兴旺、乡风文明、生态宜居、治理有效、生活富裕的总要求', '产业兴旺、乡风文明、生态宜居、治理有效、生活富裕', '产业兴旺、生态宜居、乡风文明、治理有效、生活富裕'],
  ['乡村振兴', 'member', '推动乡村产业振兴、人才振兴、文化振兴、组织振兴', '产业振兴、人才振兴、文化振兴、组织振兴', null],
  ['铸牢中华民族共同体意识', 'sound', '铸牢中华民族共同体意是', '铸牢中华民族共同体意是', '铸牢中华民族共同体意识'],
  ['铸牢中华民族共同体意识', 'shape', '筹牢中华民族共同体意识', '筹牢中华民族共同体意识', '铸牢中华民族共同体意识'],
  ['生态文明', 'sound', '践行绿水清山就是金山银山的理念', '绿水清山就是金山银山', '绿水青山就是金山银山'],
  ['生态文明', 'order', '坚持科学治污、精准治污、依法治污', '科学治污、精准治污、依法治污', '精准治污、科学治污、依法治污'],
  ['文化建设', 'wrong form', '推动中华优秀传统文化创新性转化、创造性发展', '创新性转化、创造性发展', '创造性转化、创新性发展'],
  ['文化建设', 'order', '中华文明具有突出的连续性、统一性、创新性、包容性、和平性', '连续性、统一性、创新性、包容性、和平性', '连续性、创新性、统一性、包容性、和平性'],
  ['文化建设', 'sound', '讲好中国故事、传播好中国声因', '讲好中国故事、传播好中国声因', '讲好中国故事、传播好中国声音'],
  ['全面依法治国', 'order', '推进严格执法、科学立法、公正司法、全民守法', '严格执法、科学立法、公正司法、全民守法', '科学立法、严格执法、公正司法、全民守法'],
  ['全面依法治国', 'sound', '在法制轨道上全面建设社会主义现代化国家', '在法制轨道上全面建设社会主义现代化国家', '在法治轨道上全面建设社会主义现代化国家'],
  ['强军', 'member', '坚持政治建军、改革强军、科技强军、依法治军', '政治建军、改革强军、科技强军、依法治军', null],
  ['强军', 'sound', '坚持党对人民军队的绝对领到', '党对人民军队的绝对领到', '党对人民军队的绝对领导'],
  ['一国两制与祖国统一', 'sound', '落实爱国者治岗原则', '爱国者治岗', '爱国者治港'],
  ['一国两制与祖国统一', 'name', '坚持“九二共试”', '九二共试', '九二共识'],
  ['会议与规划的名称', 'number', '学习贯彻党的20大精神', '党的20大', '党的二十大'],
  ['会议与规划的名称', 'number', '编制“14五”规划', '14五', '十四五'],
  ['会议与规划的名称', 'number', '坚持“3会1课”制度', '3会1课', '三会一课'],
  ['领导人称谓', 'wrong form', '以习近平为核心的党中央', '以习近平为核心的党中央', '以习近平同志为核心的党中央'],
  ['领导人称谓', 'wrong form', '以习近平总书记为核心的党中央', '以习近平总书记为核心的党中央', '以习近平同志为核心的党中央'],
  ['领导人称谓', 'order', '中央军委主席、国家主席、中共中央总书记习近平', '中央军委主席、国家主席、中共中央总书记', '中共中央总书记、国家主席、中央军委主席'],
  ['领导人称谓', 'shape', '习近乎总书记指出', '习近乎总书记', '习近平总书记'],
  ['中央机构名称', 'sound', '中国人民政治协商会义', '中国人民政治协商会义', '中国人民政治协商会议'],
  ['中央机构名称', 'sound', '最高人民检查院', '最高人民检查院', '最高人民检察院'],
  ['中央机构名称', 'wrong form', '中纪委通报', '中纪委', '中央纪委'],
  ['中央机构名称', 'sound', '全国人民代表大会长务委员会', '全国人民代表大会长务委员会', '全国人民代表大会常务委员会'],
  ['上海党政机关名称', 'sound', '中共上海市松江区委党效', '中共上海市松江区委党效', '中共上海市松江区委党校'],
  ['党章总纲', 'order', '坚持社会主义道路、坚持中国共产党的领导、坚持人民民主专政、坚持马克思列宁主义毛泽东思想', '坚持社会主义道路、坚持中国共产党的领导、坚持人民民主专政、坚持马克思列宁主义毛泽东思想', '坚持社会主义道路、坚持人民民主专政、坚持中国共产党的领导、坚持马克思列宁主义毛泽东思想'],
  ['党章总纲', 'sound', '全心全意为人民服物', '全心全意为人民服物', '全心全意为人民服务'],
  ['社会主义核心价值观', 'sound', '践行社会主义核心价值关', '社会主义核心价值关', '社会主义核心价值观'],
  ['社会主义核心价值观', 'sound', '践行社会注意核心价值观', '社会注意核心价值观', '社会主义核心价值观'],
  ['社会主义核心价值观', 'order', '富强、民主、文明、和谐，自由、平等、公正、法治，爱国、诚信、敬业、友善', '富强、民主、文明、和谐，自由、平等、公正、法治，爱国、诚信、敬业、友善', '富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善'],
  ['四个伟大', 'order', '统揽伟大斗争、伟大事业、伟大工程、伟大梦想', '伟大斗争、伟大事业、伟大工程、伟大梦想', '伟大斗争、伟大工程、伟大事业、伟大梦想'],
  ['伟大建党精神', 'sound', '坚持真理、坚守理想，践行初心、担当使名，不怕牺牲、英勇斗争，对党忠诚、不负人民', '坚持真理、坚守理想，践行初心、担当使名，不怕牺牲、英勇斗争，对党忠诚、不负人民', '坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民'],
  ['全面从严治党', 'member', '坚决反对形式主义、官僚主义、享乐主义', '形式主义、官僚主义、享乐主义', null],
  ['全面从严治党', 'sound', '坚持不敢腐、不能腐、不想腐一体推近', '不敢腐、不能腐、不想腐一体推近', '不敢腐、不能腐、不想腐一体推进'],
  ['全面从严治党', 'order', '不断提高政治领悟力、政治判断力、政治执行力', '政治领悟力、政治判断力、政治执行力', '政治判断力、政治领悟力、政治执行力'],
  ['全面从严治党', 'sound', '坚持以党的政治建设为统岭', '以党的政治建设为统岭', '以党的政治建设为统领'],
  ['党的自我革命', 'wrong form', '跳出历史周期律', '历史周期律', '历史周期率'],
  ['党的自我革命', 'order', '增强自我革新、自我净化、自我完善、自我提高能力', '自我革新、自我净化、自我完善、自我提高', '自我净化、自我完善、自我革新、自我提高'],
  ['党的纪律', 'member', '严守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律', '政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律', null],
  ['党的纪律', 'sound', '持续推进党风廉政建设和反腐败斗正', '党风廉政建设和反腐败斗正', '党风廉政建设和反腐败斗争'],
  ['干部标准', 'order', '信念坚定、勤政务实、为民服务、敢于担当、清正廉洁', '信念坚定、勤政务实、为民服务、敢于担当、清正廉洁', '信念坚定、为民服务、勤政务实、敢于担当、清正廉洁'],
  ['干部标准', 'sound', '建设忠诚干净但当的干部队伍', '忠诚干净但当', '忠诚干净担当'],
  ['党内集中教育', 'order', '坚持学思想、重实践、强党性、建新功', '学思想、重实践、强党性、建新功', '学思想、强党性、重实践、建新功'],
  ['党内集中教育', 'member', '严以修身、严以用权、严以律己，谋事要实、做人要实', '严以修身、严以用权、严以律己，谋事要实、做人要实', null],
  ['二十届三中全会决定', 'sound', '加快构建全国统一大市常', '构建全国统一大市常', '构建全国统一大市场'],
  ['二十届三中全会决定', 'shape', '党的二十届三中全绘精神', '党的二十届三中全绘', '党的二十届三中全会'],
  ['二十届三中全会决定', 'order', '坚持党的全面领导、坚持守正创新、坚持以人民为中心、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念', '坚持党的全面领导、坚持守正创新、坚持以人民为中心、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念', '坚持党的全面领导、坚持以人民为中心、坚持守正创新、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念'],
  ['人民城市', 'sound', '人民城市人民建，人民城是为人民', '人民城是', '人民城市'],
  ['五个中心', 'wrong form', '全力服务上海“五大中心”建设', '五大中心', '五个中心'],
  ['五个中心', 'member', '加快建设国际经济中心、国际金融中心、国际贸易中心、国际航运中心', '国际经济中心、国际金融中心、国际贸易中心、国际航运中心', null],
  ['五个中心', 'shape', '建设国际经挤中心', '国际经挤中心', '国际经济中心'],
  ['科技创新高地', 'missing', '加快建成具有全球影响力的科技创新地', '科技创新地', '科技创新高地'],
  ['四个放在', 'sound', '放在经济全球化的大背景夏', '放在经济全球化的大背景夏', '放在经济全球化的大背景下'],
  ['长三角一体化', 'sound', '建设长三角生态绿色一体化发展示范去', '长三角生态绿色一体化发展示范去', '长三角生态绿色一体化发展示范区'],
  ['长三角一体化', 'sound', '推动长三角G60科创走郎建设', '长三角G60科创走郎', '长三角G60科创走廊'],
  ['上海的改革开放', 'sound', '持续优化一网通半', '一网通半', '一网通办'],
  ['上海的改革开放', 'shape', '提升城市软实刀', '城市软实刀', '城市软实力'],
  ['四个区', 'order', '打造新质生产力发展先行区、先进制造业发展集聚区、现代化新城建设样板区、乡村全面振兴示范区', '新质生产力发展先行区、先进制造业发展集聚区、现代化新城建设样板区、乡村全面振兴示范区', '先进制造业发展集聚区、新质生产力发展先行区、现代化新城建设样板区、乡村全面振兴示范区'],
  ['四个区', 'member', '打造先进制造业发展集聚区、新质生产力发展先行区、乡村全面振兴示范区', '先进制造业发展集聚区、新质生产力发展先行区、乡村全面振兴示范区', null],
  ['四个区', 'sound', '打造现代化新城建设样版区', '现代化新城建设样版区', '现代化新城建设样板区'],
  ['松江', 'order', '加快建设“科创、生态、人文”现代化新松江', '科创、生态、人文', '科创、人文、生态'],
  ['松江', 'sound', '在松江枢钮周边', '松江枢钮', '松江枢纽'],
  ['四个意识', 'number', '增强“4个意识”', '4个意识', '四个意识'],
  ['二十届三中全会决定', 'number', '学习贯彻党的20届3中全会精神', '党的20届3中全会', '党的二十届三中全会'],
];

/**
 * How clerks mistype with a pinyin input method (issue 28): a neighbouring syllable under a 模糊音 pair
 * (each of the ten pairs at least once), a word of a formula's name swapped for another, and a term's
 * word ending swapped for another (…率 for …力); planted as they come up in a reflection or a report.
 */
const TYPED: [string, Kind, string, string, string | null][] = [
  ['十三个方面成就', 'near sound', '要把推进国家自理体系和治理能力现代化摆在突出位置', '推进国家自理体系和治理能力现代化', '推进国家治理体系和治理能力现代化'],
  ['十三个方面成就', 'near sound', '着力推进国家治理体系和自理能力现代化', '推进国家治理体系和自理能力现代化', '推进国家治理体系和治理能力现代化'],
  ['三个务必', 'near sound', '全体学员要不忘粗心、牢记使命，在岗位上建功立业', '不忘粗心、牢记使命', '不忘初心、牢记使命'],
  ['党内集中教育', 'near sound', '对照“守粗心、担使命，找差距、抓落实”的总要求', '守粗心、担使命，找差距、抓落实', '守初心、担使命，找差距、抓落实'],
  ['铸牢中华民族共同体意识', 'near sound', '民族工作要以铸牢中华民族共同体意思为主线', '铸牢中华民族共同体意思', '铸牢中华民族共同体意识'],
  ['新时代的判断与要求', 'near sound', '全党必须增强忧患意思，做到居安思危', '增强忧患意思', '增强忧患意识'],
  ['乡村振兴', 'near sound', '加快建设龙业强国，扎实推动乡村产业发展', '加快建设龙业强国', '加快建设农业强国'],
  ['乡村振兴', 'near sound', '坚持农业龙村优先发展，补齐短板', '坚持农业龙村优先发展', '坚持农业农村优先发展'],
  ['党章总纲', 'near sound', '党员干部要全心全意为人民护务', '全心全意为人民护务', '全心全意为人民服务'],
  ['五个必由之路', 'near sound', '团结狠斗是中国人民创造历史伟业的必由之路', '团结狠斗是中国人民创造历史伟业的必由之路', '团结奋斗是中国人民创造历史伟业的必由之路'],
  ['乡村振兴', 'near sound', '推进城乡龙合发展，缩小城乡差距', '城乡龙合发展', '城乡融合发展'],
  ['党章总纲', 'near sound', '学员们要牢记全心全意为人名服务的根本宗旨', '全心全意为人名服务', '全心全意为人民服务'],
  ['中央机构名称', 'near sound', '参观中国人名政治协商会议的历史陈列', '中国人名政治协商会议', '中国人民政治协商会议'],
  ['全过程人民民主', 'near sound', '这是社会主义明主政治的本质属性', '社会主义明主政治的本质属性', '社会主义民主政治的本质属性'],
  ['人民城市', 'near sound', '松江要在践行人名城市理念上走在前列', '人名城市', '人民城市'],
  ['乡村振兴', 'near sound', '课题组围绕全面推进乡村正兴开展调研', '乡村正兴', '乡村振兴'],
  ['新发展格局', 'near sound', '持续生化供给侧结构性改革', '生化供给侧结构性改革', '深化供给侧结构性改革'],
  ['新发展格局', 'near sound', '坚定实施扩大内需长略', '实施扩大内需长略', '实施扩大内需战略'],
  ['四个全面', 'near sound', '协调推进“四个全面”长略布局', '协调推进“四个全面”长略布局', '协调推进“四个全面”战略布局'],
  ['党的纪律', 'near sound', '深入推进党风良政建设和反腐败斗争', '党风良政建设和反腐败斗争', '党风廉政建设和反腐败斗争'],
  ['上海的改革开放', 'near sound', '浦东要打造社会主义现代化将设引领区', '社会主义现代化将设引领区', '社会主义现代化建设引领区'],
  ['两个维护', 'name swapped', '各级党组织要坚决做到“两个保护”', '两个保护', '两个维护'],
  ['四个意识', 'name swapped', '党员干部要时刻增强“四个认识”', '四个认识', '四个意识'],
  ['四个全面', 'name swapped', '协调推进“四个全局”战略布局', '四个全局', '四个全面'],
  ['五位一体', 'name swapped', '统筹推进“五位一身”总体布局', '五位一身', '五位一体'],
  ['两个确立', 'name swapped', '深刻领悟“两个确定”的决定性意义', '两个确定', '两个确立'],
  ['四个自信', 'name swapped', '青年干部要不断坚定“四个自强”', '四个自强', '四个自信'],
  ['新质生产力', 'word ending', '因地制宜发展新质生产率', '新质生产率', '新质生产力'],
  ['总体国家安全观', 'word ending', '必须坚持总体国家安全感', '总体国家安全感', '总体国家安全观'],
  ['全面从严治党', 'word ending', '不断提高政治判断力、政治领悟力、政治执行率', '政治判断力、政治领悟力、政治执行率', '政治判断力、政治领悟力、政治执行力'],
  ['高质量发展', 'word ending', '牢记科技是第一生产率、人才是第一资源、创新是第一动力', '科技是第一生产率、人才是第一资源、创新是第一动力', '科技是第一生产力、人才是第一资源、创新是第一动力'],
  ['十三个方面成就', 'word ending', '推进国家治理体系和治理能力现代性', '推进国家治理体系和治理能力现代性', '推进国家治理体系和治理能力现代化'],
];

/** Everyday sentences with the very words a near sound, a swapped word or another ending makes: they stay clean. */
const EVERYDAY = [
  '请在表格中填写人名、单位和职务。',
  '他的意思是先调研，再动笔。',
  '这次是我一时粗心，把日期写错了。',
  '全体人名单已报区委组织部。',
  '群众的获得感、幸福感、安全感不断增强。',
  '年底前财政资金执行率要达到九成。',
  '劳动生产率和全要素生产率稳步提高。',
  '我们从“四个方面”入手抓好整改。',
  '他说话很有意思，大家都爱听。',
  '以前总是粗心大意，现在认真多了。',
  '人民群众是历史的创造者。',
  '要正确把握共同性和差异性的关系。',
  '文章的核心意思是讲清楚为什么要改革。',
  '干部要有文化自省的勇气。',
  '毛泽东是想把农民组织起来。',
];

/** The common confusions with a context, each planted in a sentence; the others are planted in a plain one. */
const IN_CONTEXT: Record<string, string> = {
  考查: '习近平总书记在上海考查时强调',
  部属: '落实党中央决策部属',
  截止: '截止目前，全区已完成任务',
  截至: '报名截至日期为5月10日',
  权利: '人民代表大会是国家权利机关',
  权力: '依法行使权力和义务',
  做出: '党中央做出重大决策部署',
  做为: '做为一名党员',
  取的: '取的显著成效',
  获的: '群众的获的感不断增强',
  值的: '这些经验值的学习',
  显的: '显的格外重要',
  变的: '环境变的更加优美',
  做的: '把工作做的更好',
  抓的: '把工作抓的更实',
  的到: '这项工作的到群众广泛好评',
  必需: '我们必需坚持',
  反应: '及时向上级反应问题',
  泄漏: '严防泄漏国家秘密',
  人党: '递交人党申请书',
  防犯: '防犯化解重大风险',
};
const confusionText = (wrong: string) => IN_CONTEXT[wrong] ?? `我们要做到${wrong}，推动工作落实。`;

/** Correct uses the confusions must leave alone. */
const CORRECT_USES = [
  '考查学生的学习情况',
  '教育部部属高校',
  '报名于5月10日截止',
  '截至5月10日，已有37人报名',
  '人民代表大会是国家权力机关',
  '依法享有的权利',
  '作出重大决策部署',
  '做出样品',
  '其他问题',
  '取得显著成效',
  '做得更好',
  '得到群众认可',
  '生活必需品',
  '化学反应',
  '防止燃气泄漏',
  '预防犯罪',
  '作为一名党员',
  '人人党员',
];

interface Outcome {
  label: string;
  hit: boolean;
}

function report(title: string, outcomes: Outcome[]): number {
  const hits = outcomes.filter((o) => o.hit).length;
  const recall = hits / outcomes.length;
  console.log(`${title}: ${hits}/${outcomes.length} found, recall ${(recall * 100).toFixed(1)}%`);
  for (const o of outcomes.filter((x) => !x.hit)) console.log(`  missed: ${o.label}`);
  return recall;
}

/** Whether each planted error is found as planted, with its fix; the recall of each kind is printed. */
function plantedOutcomes(cases: typeof CASES, d = dict) {
  return cases.map(([family, kind, text, found, fix]) => {
    const findings = checkText(text, d);
    const hit = findings.some((f) => f.found === found && f.suggestion === fix && f.category !== 'typo');
    return { label: `[${family} ${kind}] ${text} → ${found}→${fix}; got ${findings.map((f) => `${f.found}→${f.suggestion}`).join('，') || '无'}`, hit, kind };
  });
}

describe('planted errors', () => {
  it('finds the slips planted in canonical formulations, of every family and every kind', () => {
    const outcomes = plantedOutcomes(CASES);
    const kinds = new Set(CASES.map((c) => c[1]));
    for (const k of kinds) report(`  ${k}`, outcomes.filter((o) => o.kind === k));
    const recall = report('规范表述 planted errors', outcomes);
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds what a clerk typing pinyin makes: near sounds, a word of a formula’s name swapped, another word ending', () => {
    const outcomes = plantedOutcomes(TYPED);
    for (const k of new Set(TYPED.map((c) => c[1]))) expect(report(`  ${k}`, outcomes.filter((o) => o.kind === k)), k).toBeGreaterThanOrEqual(0.9);
    // Every pair of near sounds is planted at least once.
    const pairs = new Set(TYPED.flatMap(([, kind, text]) => (kind === 'near sound' ? checkText(text, dict).map((f) => /模糊音 (\S+?)）/u.exec(f.message)?.[1]) : [])));
    expect([...pairs].sort()).toEqual(NEAR_SOUNDS.map((p) => `${p.a}/${p.b}`).sort());
    for (const text of EVERYDAY) expect(checkText(text, dict), text).toEqual([]);
  });

  it('finds no near sound of a pair the office switched off', () => {
    const near = TYPED.filter((c) => c[1] === 'near sound');
    const off = formulations({ nearSoundsOff: NEAR_SOUNDS.map((p) => p.id) });
    expect(plantedOutcomes(near, off).filter((o) => o.hit).map((o) => o.label)).toEqual([]);
    // One pair off leaves the others on: 人名 (in/ing) is still found with z/zh off, 自理 (z/zh) is not.
    const noZh = formulations({ nearSoundsOff: ['z-zh'] });
    expect(checkText('践行人名城市理念', noZh).map((f) => f.suggestion)).toEqual(['人民城市']);
    expect(checkText('推进国家自理体系和治理能力现代化', noZh)).toEqual([]);
  });

  it('covers every family of the canon and each kind of near miss', () => {
    const families = new Set(CANON.flatMap((f) => f.groups.map((g) => g.family)));
    expect(new Set(CASES.map((c) => c[0]))).toEqual(families);
    for (const kind of ['sound', 'shape', 'missing', 'extra', 'swapped'] as const) expect(CASES.some((c) => c[1] === kind)).toBe(true);
  });

  it('finds each common confusion and leaves its correct uses alone', () => {
    const outcomes = CONFUSIONS.map((c) => {
      const text = confusionText(c.wrong);
      const findings = checkText(text, dict);
      return { label: `${text}: ${c.wrong}→${c.right}`, hit: findings.some((f) => f.found === c.wrong && f.suggestion === c.right) };
    });
    expect(report('常见混用 planted errors', outcomes)).toBe(1);
    for (const text of CORRECT_USES) expect(checkText(text, dict), text).toEqual([]);
  });

  it('finds a list joined by 以及 after a 顿号, and a year written two ways in one text', () => {
    expect(checkText('学习、工作、以及生活', dict).map((f) => [f.found, f.suggestion])).toEqual([['、', '']]);
    expect(checkText('二零二五年五月', dict).map((f) => [f.found, f.suggestion])).toEqual([['二零二五', '二〇二五']]);
    const years = checkLines('2025年5月12日开班。\n2025年5月21日结业。\n二〇二五年五月，学员赴昆山考察。', dict);
    expect(years.map((f) => [f.line, f.found, f.suggestion])).toEqual([[3, '二〇二五', '2025']]);
  });

  it('finds a character missing or two swapped in the middle of every long phrase of the canon', () => {
    const numeral = /[〇零一二两三四五六七八九十百千万亿]/u;
    const phrases = [...new Set(dict.phrases.map((p) => p.text))].filter((p) => [...p].length >= 6 && /^\p{Script=Han}+$/u.test(p));
    const outcomes = phrases.flatMap((p) => {
      const mid = Math.floor(p.length / 2);
      const planted = [p.slice(0, mid) + p.slice(mid + 1), p.slice(0, mid) + p[mid + 1] + p[mid] + p.slice(mid + 2)];
      // Numbers are never slips; two like characters swapped are no change; a particle or a word ending left out is a way of writing.
      return planted
        .filter((s) => s !== p && !numeral.test(p[mid]! + p[mid + 1]) && !(s.length < p.length && ('的之地了式'.includes(p[mid]!) || WORD_ENDINGS.has(p[mid]!))))
        .map((s) => ({ label: `${s} → ${p}`, hit: applyFixes(`要${s}，`).includes(p) }));
    });
    expect(report('每条长表述居中漏字、颠倒', outcomes)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds a like-sounding, look-alike or near-sounding character in place of the middle one of every long phrase', () => {
    const phrases = [...new Set(dict.phrases.map((p) => p.text))].filter((p) => [...p].length >= 6 && /^\p{Script=Han}+$/u.test(p));
    // Characters to put in: those of the canon, grouped by reading, as an input method offers them.
    const byReading = new Map<string, string[]>();
    const canonChars = [...new Set(phrases.join(''))];
    for (const ch of canonChars) for (const r of readings(ch)) byReading.set(r, [...(byReading.get(r) ?? []), ch]);
    const outcomes = phrases.flatMap((p) => {
      const mid = Math.floor(p.length / 2);
      const ch = p[mid]!;
      const sound = readings(ch).flatMap((r) => byReading.get(r) ?? []).find((x) => x !== ch);
      const shape = shapes.groups.find((g) => g.includes(ch))?.replace(ch, '')[0];
      const near = canonChars.find((x) => !alike(x, ch) && nearSound(x, ch, NEAR_SOUNDS) !== null);
      return [sound, shape, near]
        .filter((x): x is string => x !== undefined && !/[〇零一二两三四五六七八九十百千万亿]/u.test(ch + x))
        .map((x) => p.slice(0, mid) + x + p.slice(mid + 1))
        .map((s) => ({ label: `${s} → ${p}`, hit: applyFixes(`要${s}，`).includes(p) }));
    });
    expect(report('每条长表述居中同音、形近、音近字', outcomes)).toBeGreaterThanOrEqual(0.9);
  });
});

function readings(ch: string): string[] {
  return pinyin(ch, { multiple: true, type: 'array', toneType: 'none' });
}

/** The text with every certain fix of a formulation finding applied. */
function applyFixes(text: string): string {
  const fixes = checkText(text, dict).filter((f) => f.category === 'formulation' && f.suggestion !== null);
  return fixes.reduceRight((t, f) => t.slice(0, f.offset) + f.suggestion + t.slice(f.offset + f.length), text);
}
