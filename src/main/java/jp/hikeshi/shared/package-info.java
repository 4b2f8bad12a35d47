/**
 * Plumbing every module uses: the organisation identifier, clock and time zone, human
 * numbers, paging, mail parts, error responses as RFC 9457 problem details, locale
 * handling and the page layout. It holds no business types and depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.hikeshi.shared;
