package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Aliquot;
import cn.screening.workstation.domain.specimen.TubeType;
import java.time.Instant;
import java.util.List;

/** A sample draw as the form gives it; spin, freeze, aliquots and storage may come later. */
public record DrawRequest(TubeType tubeType, int fillPercent, Instant drawnAt, String drawnBy, Instant spunAt, Instant frozenAt,
                          List<Aliquot> aliquots, Integer storageTempC) {
}
