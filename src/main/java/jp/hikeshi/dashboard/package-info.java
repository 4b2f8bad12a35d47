/**
 * The home page and work queues: reads other modules' APIs to show what needs attention
 * now. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule
package jp.hikeshi.dashboard;
