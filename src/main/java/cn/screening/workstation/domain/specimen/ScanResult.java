package cn.screening.workstation.domain.specimen;

/** What one scanned number turned out to be at the box being received. */
public sealed interface ScanResult {

    /** On the box's list and not scanned before: the tube waits for its verdict. */
    record Expected(ShipmentItem item) implements ScanResult {
    }

    /** Scanned already at this box. */
    record AlreadyScanned(String sampleNo) implements ScanResult {
    }

    /** A known tube, but listed in another box. */
    record OtherBox(String sampleNo, String boxNo) implements ScanResult {
    }

    /** No tube of this number was sent here. */
    record Unknown(String sampleNo) implements ScanResult {
    }
}
