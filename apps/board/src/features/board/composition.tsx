import { AGE_BAND_LABELS, AGE_BANDS, formatDateVi, formatNumberVi } from '@ketnap/domain';
import type { BoardSnapshot } from '../../lib/public-api.js';

/**
 * Who the new members are, for the whole commune only, as counted at a quarter end; a withheld breakdown says why
 * instead of showing numbers.
 */
export function Composition({ composition }: { composition: BoardSnapshot['composition'] }) {
  const withheld = `Chưa công bố: số liệu chỉ công bố theo quý, khi mỗi nhóm có từ ${composition.minCount} người trở lên và không nhóm nào chiếm toàn bộ (bảo vệ dữ liệu cá nhân).`;
  const asOfQuarter = (on: string) => <p className="note">Tính đến ngày {formatDateVi(on)} (cuối quý).</p>;
  return (
    <section className="composition" aria-labelledby="composition-title">
      <h3 id="composition-title">Đảng viên mới của toàn xã</h3>
      <h4>Giới tính</h4>
      {composition.gender ? (
        <>
          {asOfQuarter(composition.gender.on)}
          <dl>
            <dt>Nữ</dt>
            <dd>{formatNumberVi(composition.gender.female)}</dd>
            <dt>Nam</dt>
            <dd>{formatNumberVi(composition.gender.male)}</dd>
          </dl>
        </>
      ) : (
        <p>{withheld}</p>
      )}
      <h4>Độ tuổi khi kết nạp</h4>
      {composition.ageBands ? (
        <>
          {asOfQuarter(composition.ageBands.on)}
          <dl>
            {AGE_BANDS.map((band) => (
              <div key={band} style={{ display: 'contents' }}>
                <dt>{AGE_BAND_LABELS[band]}</dt>
                <dd>{formatNumberVi(composition.ageBands?.bands[band] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>{withheld}</p>
      )}
    </section>
  );
}
