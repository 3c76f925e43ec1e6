/**
 * The body of each kind: title, numbered paragraphs, tables, signature blocks and recipients, written from facts
 * `buildPaper` has already checked are there. The wording follows the forms' structure (rules.md §4: the data each
 * form carries); the parts a person must judge (assessments) are printed as points for the meeting to fill.
 */
import { formatDateVi } from '../locale/date-vi.js';
import type { EventOf, PipelineEvent, PipelineEventKind } from '../pipeline/events.js';
import { probationEnd } from '../rules/deadlines.js';
import type { PaperFacts } from './facts.js';
import type { PaperBlock, PaperModel, SignatureBlock } from './model.js';
import { upperVi } from './place-date.js';
import type { PaperKindEntry } from './registry.js';
import { latest, stepEvent } from './step-event.js';

type Body = Pick<PaperModel, 'title' | 'subtitle' | 'blocks' | 'signatures' | 'recipients'>;

const p = (text: string, number: number | null = null): PaperBlock => ({ type: 'paragraph', number, text });
const lead = (text: string): PaperBlock => ({ type: 'paragraph', number: null, text, emphasis: true });
const centred = (text: string): PaperBlock => ({
  type: 'paragraph',
  number: null,
  text,
  emphasis: true,
  centred: true,
});
const sign = (onBehalfOf: string | null, title: string, name: string | null = null): SignatureBlock => ({
  onBehalfOf,
  title,
  name,
});

/** The latest `kind` step, which `buildPaper` has checked is there. */
function last<K extends PipelineEventKind>(history: readonly PipelineEvent[], kind: K): EventOf<K> {
  const e = latest(history, kind);
  if (!e) throw new Error(`buildPaper checked the ${kind} step first`);
  return e;
}

/** `quần chúng Nguyễn Văn An, sinh ngày 12/03/2001`. */
function who(facts: PaperFacts, as = 'quần chúng'): string {
  const c = facts.candidate;
  if (!c) throw new Error('buildPaper checked the candidate first');
  return `${as} ${c.fullName}, sinh ngày ${formatDateVi(c.birthDate)}`;
}

function voteTable(v: { officialMembers: number; notCounted: number; inFavour: number }): PaperBlock {
  const counted = v.officialMembers - v.notCounted;
  const share = counted > 0 ? `${Math.round((v.inFavour / counted) * 1000) / 10}`.replace('.', ',') : '0';
  return {
    type: 'table',
    columns: ['Tổng số đảng viên chính thức', 'Không tính (T-03)', 'Được tính', 'Tán thành', 'Tỷ lệ (%)'],
    rows: [[String(v.officialMembers), String(v.notCounted), String(counted), String(v.inFavour), share]],
  };
}

/** The body of `entry`'s paper from `facts`, dated `day`. */
export function bodyOf(entry: PaperKindEntry, facts: PaperFacts, day: string): Body {
  const h = facts.history ?? [];
  const cell = facts.cell?.name ?? '';
  // Inside a sentence the level word is lower case: `Đảng ủy xã Yên Bình`.
  const commune = facts.commune.name.replace(/^Xã\s+/u, 'xã ');
  const c = facts.candidate;
  switch (entry.kind) {
    case 'introduction-letter': {
      const e = stepEvent(entry, h);
      if (e?.kind !== 'introduction') throw new Error('buildPaper checked the introduction first');
      const name = e.introducer.kind === 'member' ? (facts.memberNames?.[e.introducer.memberId] ?? '') : '';
      return {
        title: 'GIẤY GIỚI THIỆU NGƯỜI VÀO ĐẢNG',
        subtitle: null,
        blocks: [
          p(`Kính gửi: Chi bộ ${cell.replace(/^Chi bộ\s+/u, '')}.`),
          p(`Tôi là: ${name}, đảng viên chính thức, sinh hoạt tại ${cell}.`, 1),
          p(`Giới thiệu ${who(facts)} vào Đảng Cộng sản Việt Nam.`, 2),
          p(
            'Thời gian cùng công tác, học tập hoặc cư trú với người được giới thiệu (I-03): do người giới thiệu ghi.',
            3,
          ),
          p(
            'Nhận xét về lịch sử chính trị, phẩm chất chính trị, đạo đức, lối sống, năng lực và quan hệ quần chúng: người giới thiệu tự viết tay (D-V3).',
            4,
          ),
          p('Tôi chịu trách nhiệm trước Đảng về sự giới thiệu của mình (I-04).'),
        ],
        signatures: [sign(null, 'NGƯỜI GIỚI THIỆU', name)],
        recipients: [],
      };
    }
    case 'youth-union-introduction':
    case 'trade-union-introduction': {
      const e = stepEvent(entry, h);
      if (e?.kind !== 'introduction') throw new Error('buildPaper checked the introduction first');
      const union =
        entry.kind === 'youth-union-introduction' ? 'Ban Chấp hành Đoàn' : 'Ban Chấp hành Công đoàn';
      return {
        title: 'NGHỊ QUYẾT',
        subtitle: `Giới thiệu ${entry.kind === 'youth-union-introduction' ? 'đoàn viên' : 'đoàn viên công đoàn'} ưu tú vào Đảng`,
        blocks: [
          p(
            `Ngày ${formatDateVi(e.on)}, ${union} họp xét giới thiệu ${who(facts, 'đoàn viên')} để ${cell} xem xét kết nạp vào Đảng (I-01, I-06).`,
          ),
          lead('Hội nghị thống nhất:'),
          p('Về lịch sử chính trị, phẩm chất chính trị, đạo đức, lối sống: hội nghị ghi nhận xét.', 1),
          p('Về năng lực công tác và quan hệ quần chúng: hội nghị ghi nhận xét.', 2),
          p(`Giới thiệu ${c?.fullName ?? ''} với ${cell} để xem xét, kết nạp vào Đảng.`, 3),
        ],
        signatures: [sign(`T/M ${union.toUpperCase()}`, 'BÍ THƯ')],
        recipients: [`${cell}`, 'Lưu'],
      };
    }
    case 'mass-opinion-summary': {
      const e = last(h, 'residence-comment');
      return {
        title: 'TỔNG HỢP Ý KIẾN NHẬN XÉT',
        subtitle:
          'của đoàn thể chính trị - xã hội nơi làm việc và chi ủy, chi bộ nơi cư trú đối với người xin vào Đảng',
        blocks: [
          p(`Người xin vào Đảng: ${who(facts)}; nơi cư trú: ${c?.residence ?? ''}.`),
          p(`Chi ủy ${cell} tổng hợp ý kiến nhận xét đến ngày ${formatDateVi(e.on)} như sau:`),
          {
            type: 'table',
            columns: ['Nơi lấy ý kiến', 'Số người được hỏi', 'Tán thành', 'Không tán thành'],
            rows: [
              ['Đoàn thể chính trị - xã hội nơi làm việc', '', '', ''],
              ['Chi ủy, chi bộ nơi cư trú', '', '', ''],
            ],
          },
          p('Tóm tắt ưu điểm, khuyết điểm chính: chi ủy ghi.', 1),
        ],
        signatures: [sign('T/M CHI ỦY', 'BÍ THƯ')],
        recipients: [],
      };
    }
    case 'verification-request': {
      const e = last(h, 'verification-requested');
      return {
        title: 'CÔNG VĂN',
        subtitle: 'V/v đề nghị thẩm tra lý lịch người xin vào Đảng',
        blocks: [
          p(`Kính gửi: ${e.addressee ?? ''}.`),
          p(
            `Để có cơ sở xem xét kết nạp ${who(facts)}, nơi cư trú: ${c?.residence ?? ''}, hiện là đối tượng kết nạp Đảng của ${cell}, Đảng ủy ${commune} đề nghị quý cấp ủy thẩm tra, xác minh lý lịch (V-05):`,
          ),
          p('Lịch sử chính trị và chính trị hiện nay của người xin vào Đảng.', 1),
          p(
            'Lịch sử chính trị và chính trị hiện nay của cha, mẹ đẻ; cha, mẹ vợ (chồng); vợ (chồng) và người thân khác đã khai trong lý lịch.',
            2,
          ),
          p('Kèm theo: bản lý lịch của người xin vào Đảng (Mẫu 2-KNĐ) đã đóng dấu giáp lai.'),
        ],
        signatures: [sign('T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ')],
        recipients: ['Như trên', `${cell}`, 'Lưu văn phòng Đảng ủy'],
      };
    }
    case 'verification-reply': {
      const e = last(h, 'verification-answered');
      return {
        title: 'CÔNG VĂN',
        subtitle: 'V/v trả lời thẩm tra lý lịch người xin vào Đảng',
        blocks: [
          p(`Kính gửi: ${cell}.`),
          p(
            `Ngày ${formatDateVi(e.on)}, cấp ủy được đề nghị đã thẩm tra lý lịch của ${who(facts)} và trả lời như sau:`,
          ),
          p(
            'Kết quả thẩm tra lịch sử chính trị và chính trị hiện nay của người xin vào Đảng: cấp ủy ghi.',
            1,
          ),
          p('Kết quả thẩm tra đối với người thân đã khai trong lý lịch: cấp ủy ghi.', 2),
        ],
        signatures: [sign('T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ')],
        recipients: ['Như trên', 'Lưu'],
      };
    }
    case 'cell-admission-resolution': {
      const e = last(h, 'cell-vote');
      return {
        title: 'NGHỊ QUYẾT',
        subtitle: 'Đề nghị kết nạp đảng viên',
        blocks: [
          p(
            `Ngày ${formatDateVi(e.on)}, ${cell} họp xét đề nghị kết nạp ${who(facts)} vào Đảng Cộng sản Việt Nam.`,
          ),
          p('Kết quả biểu quyết (T-02: tán thành từ hai phần ba số đảng viên chính thức được tính trở lên):'),
          voteTable(e),
          lead('Chi bộ kết luận:'),
          p('Về lịch sử chính trị và chính trị hiện nay: chi bộ ghi.', 1),
          p('Về nhận thức, phẩm chất chính trị, đạo đức, lối sống: chi bộ ghi.', 2),
          p('Ưu điểm, khuyết điểm; năng lực công tác và quan hệ quần chúng: chi bộ ghi.', 3),
          p(
            `Chi bộ đề nghị Ban Thường vụ Đảng ủy ${commune} xem xét, kết nạp ${c?.fullName ?? ''} vào Đảng.`,
            4,
          ),
        ],
        signatures: [sign('T/M CHI BỘ', 'BÍ THƯ')],
        recipients: ['Đảng ủy xã', 'Lưu chi bộ'],
      };
    }
    case 'admission-decision': {
      const e = last(h, 'admission-decision');
      return {
        title: 'QUYẾT ĐỊNH',
        subtitle: 'Kết nạp đảng viên',
        blocks: [
          centred(`BAN THƯỜNG VỤ ĐẢNG ỦY ${upperVi(commune)}`),
          p('Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định và Hướng dẫn thi hành Điều lệ Đảng hiện hành;'),
          p(`Xét nghị quyết đề nghị của ${cell} và hồ sơ của người xin vào Đảng,`),
          centred('QUYẾT ĐỊNH:'),
          p(`Kết nạp ${who(facts)}, ${cell}, vào Đảng Cộng sản Việt Nam.`, 1),
          p(
            `Thời gian dự bị 12 tháng, kể từ ngày chi bộ tổ chức lễ kết nạp; tuổi đảng tính từ ngày ${formatDateVi(e.on)} ghi trong quyết định này (L-06).`,
            2,
          ),
          p(
            `${cell} và đồng chí có tên tại Điều 1 thi hành quyết định này; lễ kết nạp tổ chức trong thời hạn quy định (L-03).`,
            3,
          ),
        ],
        signatures: [sign('T/M BAN THƯỜNG VỤ', 'BÍ THƯ')],
        recipients: [`${cell}`, `Đồng chí ${c?.fullName ?? ''}`, 'Lưu văn phòng Đảng ủy'],
      };
    }
    case 'admission-minutes': {
      const e = last(h, 'admission-decision');
      return {
        title: 'BIÊN BẢN',
        subtitle: 'Họp Ban Thường vụ xét kết nạp đảng viên',
        blocks: [
          p(
            `Ngày ${formatDateVi(e.on)}, Ban Thường vụ Đảng ủy ${commune} họp xét hồ sơ đề nghị kết nạp ${who(facts)}, ${cell}.`,
          ),
          p('Thành phần dự họp, người chủ trì, thư ký: thư ký ghi.', 1),
          p('Ý kiến thẩm định hồ sơ, lý lịch và kết quả thẩm tra: thư ký ghi.', 2),
          p(`Kết luận: ra Quyết định số ${e.number} kết nạp ${c?.fullName ?? ''} vào Đảng.`, 3),
        ],
        signatures: [sign(null, 'THƯ KÝ'), sign(null, 'CHỦ TRÌ')],
        recipients: [],
      };
    }
    case 'ceremony-programme': {
      const d = last(h, 'admission-decision');
      const e = last(h, 'ceremony');
      return {
        title: 'CHƯƠNG TRÌNH',
        subtitle: 'Lễ kết nạp đảng viên',
        blocks: [
          p(`Thời gian: ngày ${formatDateVi(e.on)}. Đơn vị tổ chức: ${cell}.`),
          p(
            `Người được kết nạp: ${who(facts, 'đồng chí')}; Quyết định số ${d.number} ngày ${formatDateVi(d.on)}.`,
          ),
          p('Chào cờ (Quốc ca, Quốc tế ca); tuyên bố lý do, giới thiệu đại biểu.', 1),
          p('Đọc quyết định kết nạp đảng viên.', 2),
          p('Đảng viên mới đọc lời tuyên thệ.', 3),
          p(
            'Đại diện chi bộ nói về nhiệm vụ của đảng viên; phân công đảng viên chính thức giúp đỡ đảng viên dự bị (I-07).',
            4,
          ),
          p('Đại diện cấp ủy cấp trên phát biểu; bế mạc.', 5),
        ],
        signatures: [sign('T/M CHI BỘ', 'BÍ THƯ')],
        recipients: [],
      };
    }
    case 'new-member-certificate': {
      const e = last(h, 'new-member-certificate');
      return {
        title: 'GIẤY CHỨNG NHẬN',
        subtitle: 'Học lớp bồi dưỡng đảng viên mới',
        blocks: [
          p(
            `Chứng nhận đồng chí ${c?.fullName ?? ''}, sinh ngày ${c ? formatDateVi(c.birthDate) : ''}, đảng viên ${cell},`,
          ),
          p(`đã hoàn thành chương trình bồi dưỡng đảng viên mới (E-09), cấp ngày ${formatDateVi(e.on)}.`),
        ],
        signatures: [sign(null, 'GIÁM ĐỐC')],
        recipients: [],
      };
    }
    case 'probation-opinion-summary': {
      const e = last(h, 'probation-review');
      const d = last(h, 'admission-decision');
      return {
        title: 'TỔNG HỢP Ý KIẾN NHẬN XÉT',
        subtitle:
          'của đoàn thể chính trị - xã hội nơi làm việc và chi ủy, chi bộ nơi cư trú đối với đảng viên dự bị',
        blocks: [
          p(
            `Đảng viên dự bị: ${who(facts, 'đồng chí')}; kết nạp theo Quyết định số ${d.number} ngày ${formatDateVi(d.on)}.`,
          ),
          p(`Chi ủy ${cell} tổng hợp ý kiến nhận xét đến ngày ${formatDateVi(e.on)}:`),
          {
            type: 'table',
            columns: ['Nơi lấy ý kiến', 'Số người được hỏi', 'Tán thành', 'Không tán thành'],
            rows: [
              ['Đoàn thể chính trị - xã hội nơi làm việc', '', '', ''],
              ['Chi ủy, chi bộ nơi cư trú', '', '', ''],
            ],
          },
        ],
        signatures: [sign('T/M CHI ỦY', 'BÍ THƯ')],
        recipients: [],
      };
    }
    case 'cell-recognition-resolution': {
      const e = last(h, 'recognition-vote');
      const ceremony = last(h, 'ceremony');
      return {
        title: 'NGHỊ QUYẾT',
        subtitle: 'Đề nghị công nhận đảng viên chính thức',
        blocks: [
          p(
            `Ngày ${formatDateVi(e.on)}, ${cell} họp xét đề nghị công nhận chính thức cho ${who(facts, 'đồng chí')}, kết nạp ngày ${formatDateVi(ceremony.on)} (lễ kết nạp).`,
          ),
          p(`Thời gian dự bị 12 tháng kết thúc ngày ${formatDateVi(probationEnd(ceremony.on))} (L-05).`),
          voteTable(e),
          p('Ưu điểm, khuyết điểm trong thời gian dự bị: chi bộ ghi.', 1),
          p(
            `Chi bộ đề nghị Ban Thường vụ Đảng ủy ${commune} công nhận đảng viên chính thức cho đồng chí ${c?.fullName ?? ''}.`,
            2,
          ),
        ],
        signatures: [sign('T/M CHI BỘ', 'BÍ THƯ')],
        recipients: ['Đảng ủy xã', 'Lưu chi bộ'],
      };
    }
    case 'recognition-decision': {
      const d = last(h, 'admission-decision');
      const ceremony = last(h, 'ceremony');
      return {
        title: 'QUYẾT ĐỊNH',
        subtitle: 'Công nhận đảng viên chính thức',
        blocks: [
          centred(`BAN THƯỜNG VỤ ĐẢNG ỦY ${upperVi(commune)}`),
          p('Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định và Hướng dẫn thi hành Điều lệ Đảng hiện hành;'),
          p(`Xét nghị quyết đề nghị của ${cell},`),
          centred('QUYẾT ĐỊNH:'),
          p(
            `Công nhận ${who(facts, 'đồng chí')}, kết nạp theo Quyết định số ${d.number} ngày ${formatDateVi(d.on)}, là đảng viên chính thức kể từ ngày ${formatDateVi(probationEnd(ceremony.on))} (L-12).`,
            1,
          ),
          p(`${cell} và đồng chí có tên tại Điều 1 thi hành quyết định này.`, 2),
        ],
        signatures: [sign('T/M BAN THƯỜNG VỤ', 'BÍ THƯ')],
        recipients: [`${cell}`, `Đồng chí ${c?.fullName ?? ''}`, 'Lưu văn phòng Đảng ủy'],
      };
    }
    case 'annual-statistics': {
      const s = facts.statistics;
      const rows = s?.rows ?? [];
      const total = (k: 'admitted' | 'recognised') => rows.reduce((n, r) => n + r[k], 0);
      return {
        title: 'BÁO CÁO',
        subtitle: `Thống kê kết nạp đảng viên năm ${s?.year ?? day.slice(0, 4)}`,
        blocks: [
          p(
            `Đảng ủy ${commune} báo cáo số đảng viên mới kết nạp và được công nhận chính thức trong năm, theo chi bộ:`,
          ),
          {
            type: 'table',
            columns: ['STT', 'Chi bộ', 'Kết nạp', 'Công nhận chính thức'],
            rows: [
              ...rows.map((r, i) => [String(i + 1), r.cell, String(r.admitted), String(r.recognised)]),
              ['', 'Tổng cộng', String(total('admitted')), String(total('recognised'))],
            ],
          },
        ],
        signatures: [sign('T/M ĐẢNG ỦY', 'BÍ THƯ')],
        recipients: [
          `Ban Tổ chức ${facts.commune.province.replace(/^Tỉnh\s+/u, 'Tỉnh ủy ')}`,
          'Lưu văn phòng Đảng ủy',
        ],
      };
    }
    default:
      throw new Error(`no body for ${entry.kind}`);
  }
}
