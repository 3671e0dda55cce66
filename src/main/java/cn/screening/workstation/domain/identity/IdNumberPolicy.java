package cn.screening.workstation.domain.identity;

import java.util.Set;

/**
 * Which ID numbers with a non-GB/T 2260 address code are accepted. They share the resident ID's
 * layout and checksum, but their address code is not a county.
 *
 * @param permitPrefixes           港澳台居民居住证 prefixes, by default 810000, 820000 and 830000
 * @param foreignPermanentResidence accept the 2023 foreign permanent-residence ID: 9, then the
 *                                  issuing province's code
 */
public record IdNumberPolicy(Set<String> permitPrefixes, boolean foreignPermanentResidence) {

    public static final IdNumberPolicy DEFAULT = new IdNumberPolicy(Set.of("810000", "820000", "830000"), true);

    public IdNumberPolicy {
        permitPrefixes = Set.copyOf(permitPrefixes);
    }
}
