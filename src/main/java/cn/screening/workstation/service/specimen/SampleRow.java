package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStage;
import cn.screening.workstation.domain.specimen.Turnaround;

/** A sample as lists show it: the record, the step it has reached and its clock. */
public record SampleRow(Sample sample, SampleStage stage, Turnaround turnaround) {
}
