/*
 * tiny guest: multiboot entry, GDT, interrupt stubs.
 *
 * Assembled with GNU as (--32). The multiboot header uses the a.out kludge
 * (flag bit 16) so the image is a flat binary loaded at 1 MiB, and asks for
 * memory information (flag bit 1). v86 answers with a memory map only (it does
 * not fill mem_lower/mem_upper); the C code accepts either.
 */

        .set MB_MAGIC, 0x1BADB002
        .set MB_FLAGS, 0x00010002

        .section .multiboot, "a"
        .p2align 2
mb_header:
        .long MB_MAGIC
        .long MB_FLAGS
        .long -(MB_MAGIC + MB_FLAGS)
        .long mb_header         /* header_addr */
        .long _load_start       /* load_addr */
        .long _load_end         /* load_end_addr */
        .long _end              /* bss_end_addr */
        .long _start            /* entry_addr */

        .text
        .globl _start
_start:
        cli
        cld
        movl    %eax, %esi              /* multiboot magic */
        movl    %ebx, %ebp              /* multiboot info */
        lgdt    gdt_desc
        ljmp    $0x08, $1f
1:      movw    $0x10, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %fs
        movw    %ax, %gs
        movw    %ax, %ss
        /* zero .bss (includes the stack) */
        movl    $_bss_start, %edi
        movl    $_bss_end, %ecx
        subl    %edi, %ecx
        xorl    %eax, %eax
        rep stosb
        movl    $stack_top, %esp
        pushl   %ebp
        pushl   %esi
        call    kmain
        .globl  halt_forever
halt_forever:
        cli
        hlt
        jmp     halt_forever

/* IRQ0: PIT tick. timer_tick() (C, cdecl) advances the 64-bit counter; the
 * stub saves the caller-saved registers and acknowledges the PIC. */
        .globl  irq0_stub
irq0_stub:
        pushl   %eax
        pushl   %ecx
        pushl   %edx
        call    timer_tick
        movb    $0x20, %al
        outb    %al, $0x20
        popl    %edx
        popl    %ecx
        popl    %eax
        iret

/* Any other IRQ of the master / slave PIC: acknowledge and ignore. */
        .globl  irq_master_stub
irq_master_stub:
        pushl   %eax
        movb    $0x20, %al
        outb    %al, $0x20
        popl    %eax
        iret

        .globl  irq_slave_stub
irq_slave_stub:
        pushl   %eax
        movb    $0x20, %al
        outb    %al, $0xA0
        outb    %al, $0x20
        popl    %eax
        iret

/* CPU exceptions 0..31: push a dummy error code where the CPU does not,
 * then the vector, and call exception_handler(vector, error, eip). */
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
exc\n:
        .if ((\n == 8) + (\n == 10) + (\n == 11) + (\n == 12) + (\n == 13) + (\n == 14) + (\n == 17) + (\n == 21) + (\n == 29) + (\n == 30))
        .else
        pushl   $0
        .endif
        pushl   $\n
        jmp     exc_common
        .endr

exc_common:
        call    exception_handler
        jmp     halt_forever

        .section .rodata
        .p2align 2
        .globl  exc_table
exc_table:
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .long   exc\n
        .endr

        .data
        .p2align 3
gdt:
        .quad   0
        .quad   0x00CF9B000000FFFF      /* 0x08: code, base 0, limit 4 GiB, accessed */
        .quad   0x00CF93000000FFFF      /* 0x10: data, base 0, limit 4 GiB, accessed */
gdt_end:
        .p2align 2
        .word   0
gdt_desc:
        .word   gdt_end - gdt - 1
        .long   gdt

        .bss
        .p2align 4
stack_bottom:
        .skip   8192
stack_top:

        .section .note.GNU-stack, "", @progbits
