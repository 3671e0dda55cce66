package cn.screening.workstation.ui.registration;

/** The county lab's tests on the screening form; {@link #field()} is the rules' field name. */
public enum Lab {
    APTT("aptt"), PT("pt"), TT("tt"), FIB("fib"), PLT("plt");

    private final String field;

    Lab(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
