package cn.screening.workstation.cli;

import java.util.List;

/** One site of the demonstration: where its workstation keeps its data and who works there. */
record DemoSite(String folder, String code, String type, String division, String name, String parent, List<Account> accounts) {

    /** A person of the site: user name, full name, role as `user add --role` takes it. */
    record Account(String username, String name, String role) {
    }

    /** The four sites of the loop: 义县's county hospital and one township, the city's designated hospital, 义县's bureau. */
    static final List<DemoSite> ALL = List.of(
            new DemoSite("county", "210727-C", "county", "210727", "义县人民医院", null,
                    List.of(new Account("doctor", "李医生", "county_doctor"))),
            new DemoSite("township", "210727101-T", "township", "210727101", "刘龙台镇卫生院", "210727-C",
                    List.of(new Account("doctor", "王医生", "township_doctor"))),
            new DemoSite("designated", "210702-D1", "designated", "210702", "锦州市中心医院", null,
                    List.of(new Account("lab", "陈检验", "designated_lab"), new Account("physician", "赵医生", "designated_physician"))),
            new DemoSite("bureau", "210727-B", "bureau", "210727", "义县卫生健康局", null,
                    List.of(new Account("officer", "周科长", "bureau_officer"))));

    static DemoSite county() {
        return ALL.get(0);
    }
}
